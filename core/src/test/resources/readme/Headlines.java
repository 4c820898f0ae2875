import dev.parallax.Parallax;
import dev.parallax.brief.Briefing;

import java.nio.file.Path;
import java.util.List;

public class Headlines {
    public static void main(String[] args) {
        try (Parallax parallax = Parallax.builder().threads(2).build()) {
            Briefing briefing = parallax.brief(List.of(Path.of(args[0])));
            briefing.stories().forEach(story -> System.out.println(story.headline()));
        }
    }
}
