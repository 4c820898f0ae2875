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
                new VoiceView("Wang Wenbin", "person:wang-wenbin", "China", at("a", 0), ""),
                new VoiceView("US officials", null, "China", at("a", 20), ""),
                new VoiceView("Wang Wenbin (Chinese Foreign Ministry spokesperson)", "person:wang-wenbin", "China",
                        at("b", 40), ""));
        List<VoiceView.Quoted> quoted = VoiceView.bySpeaker(voices);
        assertThat(quoted).extracting(VoiceView.Quoted::speaker)
                .containsExactly("Wang Wenbin (Chinese Foreign Ministry spokesperson)", "US officials");
        assertThat(quoted.getFirst().actor()).isEqualTo("person:wang-wenbin");
        assertThat(quoted.getFirst().sources()).containsExactly(at("a", 0), at("b", 40));
    }

    @Test
    void keepsTwoUnnamedVoicesApartByLabelAndOneActorApartBySide() {
        List<VoiceView> voices = List.of(
                new VoiceView("experts", null, "China", at("a", 0), ""),
                new VoiceView("Chinese experts", null, "China", at("a", 20), ""),
                new VoiceView("Lü Xiang", "person:lu-xiang", "China", at("a", 40), ""),
                new VoiceView("Lü Xiang", "person:lu-xiang", "United States", at("b", 40), ""));
        assertThat(VoiceView.bySpeaker(voices)).extracting(q -> q.speaker() + "/" + q.side())
                .containsExactly("experts/China", "Chinese experts/China", "Lü Xiang/China", "Lü Xiang/United States");
    }
}
