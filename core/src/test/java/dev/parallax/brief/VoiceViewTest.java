package dev.parallax.brief;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VoiceViewTest {

    private static SourceRef at(String article, int start) {
        return new SourceRef(article, "Global Times", start, start + 10);
    }

    @Test
    void gathersOneActorUnderItsLongestLabelWhateverEachArticleCallsIt() {
        List<VoiceView> voices = List.of(
                new VoiceView("Wang Wenbin", "person:wang-wenbin", "China", at("a", 0), "", null),
                new VoiceView("US officials", null, "China", at("a", 20), "", null),
                new VoiceView("Wang Wenbin (Chinese Foreign Ministry spokesperson)", "person:wang-wenbin", "China",
                        at("b", 40), "", null));
        List<VoiceView.Quoted> quoted = VoiceView.bySpeaker(voices);
        assertThat(quoted).extracting(VoiceView.Quoted::speaker)
                .containsExactly("Wang Wenbin (Chinese Foreign Ministry spokesperson)", "US officials");
        assertThat(quoted.getFirst().actor()).isEqualTo("person:wang-wenbin");
        assertThat(quoted.getFirst().sources()).containsExactly(at("a", 0), at("b", 40));
    }

    @Test
    void keepsTwoUnnamedVoicesApartByLabelAndOneActorApartBySide() {
        List<VoiceView> voices = List.of(
                new VoiceView("experts", null, "China", at("a", 0), "", null),
                new VoiceView("Chinese experts", null, "China", at("a", 20), "", null),
                new VoiceView("Lü Xiang", "person:lu-xiang", "China", at("a", 40), "", null),
                new VoiceView("Lü Xiang", "person:lu-xiang", "United States", at("b", 40), "", null));
        assertThat(VoiceView.bySpeaker(voices)).extracting(q -> q.speaker() + "/" + q.side())
                .containsExactly("experts/China", "Chinese experts/China", "Lü Xiang/China", "Lü Xiang/United States");
    }

    @Test
    void keepsTheReportingWordsOfEachSpanOfOneSpeaker() {
        SourceRef accused = at("a", 0);
        SourceRef expects = at("b", 40);
        List<VoiceView> voices = List.of(
                new VoiceView("Wang Wenbin", "person:wang-wenbin", "China", at("a", 12), "", accused),
                new VoiceView("Wang Wenbin", "person:wang-wenbin", "China", at("b", 60), "", expects),
                new VoiceView("Wang Wenbin", "person:wang-wenbin", "China", at("c", 5), "", null));
        VoiceView.Quoted q = VoiceView.bySpeaker(voices).getFirst();
        assertThat(q.says()).containsOnly(java.util.Map.entry(at("a", 12), accused),
                java.util.Map.entry(at("b", 60), expects));
    }
}
