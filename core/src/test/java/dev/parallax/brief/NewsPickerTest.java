package dev.parallax.brief;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences that cannot open The News because they lean on the sentence before them. */
class NewsPickerTest {

    @Test
    void aSentenceOpeningWithAConnectiveLeansOnThePreviousOne() {
        assertThat(NewsPicker.leansOnThePrevious("But experts also said it is crucial for the US to act.")).isTrue();
        assertThat(NewsPicker.leansOnThePrevious("However, officials declined to comment.")).isTrue();
        assertThat(NewsPicker.leansOnThePrevious("In addition, the two sides will meet again.")).isTrue();
        assertThat(NewsPicker.leansOnThePrevious("That’s according to members of the caucus.")).isTrue();
    }

    @Test
    void aSentenceThatMerelyStartsWithTheSameLettersStandsOnItsOwn() {
        assertThat(NewsPicker.leansOnThePrevious("Butter prices rose in May.")).isFalse();
        assertThat(NewsPicker.leansOnThePrevious("Andrew Smith said the talks would go ahead.")).isFalse();
        assertThat(NewsPicker.leansOnThePrevious("The talks are scheduled on Tuesday in Geneva.")).isFalse();
        assertThat(NewsPicker.leansOnThePrevious("Thatcher's heirs met in London.")).isFalse();
    }

    @Test
    void theHeadlineRepeatedInTheTextIsNotNews() {
        assertThat(NewsPicker.repeatsTitle("Carnage renews debate over military and terrorism",
                "Carnage renews debate over military and terrorism.")).isTrue();
        assertThat(NewsPicker.repeatsTitle("Carnage renews debate over military and terrorism",
                "The carnage renewed a debate over the military's role.")).isFalse();
        assertThat(NewsPicker.repeatsTitle("", "Anything at all.")).isFalse();
    }
}
