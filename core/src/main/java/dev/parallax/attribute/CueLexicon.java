package dev.parallax.attribute;

import java.util.Set;

/**
 * Words that mark an attribution, from the linguistics of reporting: verbs of speaking and writing, of thinking and
 * believing, of showing and finding, and of wanting and urging; the nouns and titles that name sources; and the
 * words that make a name a news outlet.
 */
final class CueLexicon {

    private CueLexicon() {
    }

    /** Verbs of saying and writing: their subject is the source, their clausal complement the content. */
    static final Set<String> SPEECH = words(
            "say", "tell", "add", "note", "claim", "argue", "state", "explain", "announce", "report", "write",
            "warn", "insist", "suggest", "reply", "respond", "acknowledge", "admit", "deny", "confirm",
            "predict", "estimate", "emphasize", "emphasise", "stress", "reiterate", "declare", "assert", "contend",
            "maintain", "mention", "observe", "remark", "reveal", "disclose", "tweet", "post", "recall", "complain",
            "concede", "conclude", "indicate", "allege", "testify", "answer", "caution", "boast", "brag", "joke",
            "quip", "speculate", "charge", "counter", "retort", "recount", "propose", "recommend", "demand",
            "announce", "assure", "promise", "vow", "pledge", "threaten", "signal", "hint", "imply", "comment",
            "elaborate", "clarify", "acknowledge", "affirm", "reaffirm", "underline", "underscore", "highlight",
            "lament", "concur", "protest", "swear", "predict", "forecast", "project", "show", "find", "learn",
            "read", "ask", "urge", "accuse", "agree", "advise", "inform", "notify", "shout", "scream", "whisper",
            "mutter", "blog", "posit", "theorize", "reason", "opine", "surmise", "preach", "proclaim", "repeat",
            "relate", "recount", "describe", "suggest", "instruct", "order", "request", "beg", "plead", "point",
            "interject", "remind", "retweet", "echo", "yell", "email", "chant", "rebut", "articulate", "assure",
            "emphasize", "acknowledge", "write", "muse", "lament", "bemoan", "grumble", "gripe", "scoff");

    /**
     * Verbs of agreeing and committing: with a clause they report a view ("agreed that the shift was …"), with an
     * action they report a deal, not a statement ("Biden and Xi agreed to hold talks", "Clinton signed the bill").
     */
    static final Set<String> AGREEMENT = words("agree", "sign", "consent", "commit");

    /**
     * Verbs of showing: with a person, a group or a document as subject they report ("the poll shows …"); with an
     * event or a thing ("The convening of this summit highlights …") they are the writer's own reading.
     */
    static final Set<String> SHOWING = words("highlight", "signal", "show", "indicate", "imply", "underline",
            "underscore", "reflect", "demonstrate", "illustrate", "signify", "mark", "prove", "reveal");

    /** Verbs that are speech tags only next to a quotation: "“…,” Blackwell continued, “…”". */
    static final Set<String> TAG_ONLY = words("continue", "begin", "finish", "interrupt", "go", "start",
            "exclaim", "sing", "chant", "cry", "gush", "sigh", "laugh", "smile", "shrug", "nod");

    /** Verbs of thinking and believing: PolNeAR counts beliefs as attributions too. */
    static final Set<String> COGNITION = words(
            "believe", "think", "feel", "know", "expect", "hope", "fear", "worry", "doubt", "suspect", "assume",
            "consider", "understand", "realize", "realise", "guess", "figure", "wonder", "imagine", "reckon",
            "anticipate", "trust", "presume", "recognize", "recognise", "see", "view", "regard", "insist", "decide",
            "determine", "calculate", "acknowledge", "remember", "forget", "hear");

    /** Verbs of saying whose object can be what is said: "pointed out the crucial role of …". */
    static final Set<String> OBJECT_CONTENT = words(
            "emphasize", "emphasise", "stress", "highlight", "underline", "underscore", "reiterate", "mention",
            "note", "deny", "confirm", "announce", "reveal", "predict", "disclose", "acknowledge", "admit", "claim",
            "propose", "recommend", "demand", "allege", "forecast", "recall", "cite", "describe", "promise",
            "pledge", "vow", "threaten", "urge", "reaffirm", "affirm", "tweet", "post", "lament", "bemoan", "echo",
            "voice", "reference", "invoke", "outline", "detail", "unveil", "articulate", "retweet", "rebut",
            "discuss", "list", "document", "chant");

    /**
     * Verbs of stance whose object (with its complement) is the attributed content: "endorsed Clinton", "called
     * the deal a disaster", "accused him of sexism", "referring to the recent killings".
     */
    static final Set<String> STANCE = words(
            "support", "endorse", "criticize", "criticise", "praise", "accuse", "attack", "defend", "oppose",
            "condemn", "blame", "reject", "dismiss", "question", "welcome", "back", "slam", "denounce", "applaud",
            "decry", "call", "describe", "label", "brand", "dub", "express", "favor", "favour", "embrace", "tout",
            "refer", "mock", "blast", "thank", "credit", "hail", "lambaste", "lambast", "challenge", "fault",
            "ridicule", "dispute", "contest", "characterize", "characterise", "portray", "cast", "deride",
            "champion", "advocate", "recommend", "propose", "warn", "signal", "acknowledge", "concede", "assail",
            "rebuke", "liken", "compare", "deem", "congratulate", "justify", "knock", "prefer", "scold", "chide",
            "castigate", "berate", "excoriate", "vilify", "demonize", "smear", "disparage", "belittle", "mock",
            "lampoon", "parody", "insult", "taunt", "disavow", "repudiate", "renounce", "nominate", "single",
            "brush", "spurn", "rebuff", "disown");

    /** Verbs of speaking or taking a stance about something: "spoke of his faith", "pushed back against the attack". */
    static final Set<String> TOPIC = words(
            "talk", "speak", "comment", "write", "tweet", "joke", "complain", "worry", "focus", "touch", "allude",
            "refer", "push", "call", "vote", "campaign", "argue", "agree", "disagree", "warn", "muse", "testify",
            "rail", "boast", "brag", "ask", "remark", "reflect", "insist", "caution", "lobby", "advocate",
            "fight", "care", "rant", "lash", "hit", "weigh", "elaborate", "harken", "hearken", "dwell", "opine",
            "express", "blog", "post", "report", "inquire", "wonder", "hint", "speculate", "press", "plead", "pray",
            "distance", "balk", "acquiesce", "pivot", "spar", "side", "react", "rage", "fume", "quarrel",
            "clash", "bicker", "harp", "riff", "expound", "rant", "grumble", "gripe", "scoff", "chafe");

    /** Prepositions that introduce what a topic verb or a cue noun is about. */
    static final Set<String> TOPIC_RELATIONS = words("obl:about", "obl:on", "obl:of", "obl:for", "obl:against",
            "obl:over", "obl:to", "obl:toward", "obl:towards", "obl:with", "obl:upon", "obl:at",
            "nmod:about", "nmod:on", "nmod:of", "nmod:for", "nmod:against", "nmod:over", "nmod:to", "nmod:toward",
            "nmod:with", "nmod:towards");

    /** Verbs whose content is an infinitive: what someone wants, plans or urges. */
    static final Set<String> INTENTION = words(
            "want", "plan", "seek", "intend", "hope", "expect", "promise", "vow", "pledge", "threaten", "refuse",
            "decline", "agree", "offer", "urge", "ask", "call", "demand", "vow", "wish", "aim", "propose",
            "encourage", "order", "instruct", "warn", "advise", "request");

    /** Verbs of saying that lose their meaning as cues in these frames. */
    static final Set<String> WEAK = words("see", "know", "find", "show", "consider", "view", "regard", "read",
            "understand", "remember", "forget", "hear", "decide", "determine", "figure", "learn", "expect");

    /** Verbs whose subject is the medium and whose object the speaker: {@code Reuters quoted one official}. */
    static final Set<String> CITING = words("quote", "cite");

    /** Nouns for documents that can be a source: {@code according to a report}. */
    static final Set<String> DOCUMENTS = words(
            "report", "statement", "study", "survey", "poll", "article", "letter", "document", "documents",
            "filing", "analysis", "data", "memo", "transcript", "release", "communique", "paper", "research",
            "review", "investigation", "estimate", "estimates", "figures", "records", "record", "book", "email",
            "emails", "tweet", "post", "interview", "briefing", "editorial", "op-ed", "column", "story", "reports",
            "statistics", "census", "complaint", "lawsuit", "indictment", "ruling", "assessment", "forecast",
            "projection", "projections", "polls", "surveys", "studies", "video", "footage", "average",
            "averages", "slide", "chart", "evidence", "result", "results", "audit", "test", "finding", "findings",
            "return", "returns", "panel", "model", "models", "polling", "photo", "photos", "image", "images",
            "picture", "pictures", "search", "graph", "map", "tally", "count", "numbers", "market", "markets");

    /** Nouns for people by function: a source known only by role. */
    static final Set<String> ROLES = words(
            "spokesperson", "spokesman", "spokeswoman", "official", "minister", "secretary", "director",
            "president", "chairman", "chairwoman", "chair", "chief", "head", "professor", "researcher", "fellow",
            "analyst", "expert", "scholar", "economist", "lawmaker", "senator", "representative", "governor",
            "mayor", "ambassador", "diplomat", "envoy", "general", "commander", "officer", "adviser", "advisor",
            "aide", "leader", "founder", "executive", "ceo", "manager", "strategist", "scientist", "lawyer",
            "attorney", "judge", "candidate", "nominee", "member", "observer", "critic", "supporter", "voter",
            "resident", "witness", "prosecutor", "investigator", "consultant", "pollster", "campaign", "staffer",
            "administrator", "commissioner", "sheriff", "chancellor", "premier", "deputy", "vice", "speaker",
            "congressman", "congresswoman", "delegate", "negotiator", "specialist", "author", "editor",
            "reporter", "correspondent", "columnist", "commentator", "academic", "economist", "engineer",
            "doctor", "physician", "teacher", "student", "activist", "organizer", "operative", "insider",
            "partner", "founder", "co-founder", "president-elect", "superintendent", "inspector", "dean",
            "lecturer", "historian", "banker", "investor", "trader", "owner", "employee", "worker", "officials",
            "experts", "analysts", "people", "person", "man", "woman", "friend", "colleague", "ally", "rival",
            "opponent", "politician", "democrat", "republican", "conservative", "liberal", "king", "queen",
            "prince", "pope", "bishop", "pastor", "rabbi", "imam", "coach", "player");

    /** Nouns for groups and bodies that take positions: "voters", "the committee", "the administration". */
    static final Set<String> GROUPS = words("voter", "citizen", "resident", "member", "group", "party", "committee",
            "council", "board", "court", "government", "administration", "ministry", "department", "agency", "office",
            "campaign", "company", "firm", "bank", "union", "coalition", "alliance", "organization", "organisation",
            "association", "movement", "network", "team", "family", "parent", "student", "worker", "supporter",
            "opponent", "critic", "advocate", "activist", "protester", "demonstrator", "lawmaker", "legislator",
            "republican", "democrat", "conservative", "liberal", "progressive", "majority", "minority", "public",
            "country", "nation", "state", "city", "side", "delegation", "leadership", "regime", "police", "military",
            "army", "congress", "senate", "house", "parliament", "white", "fed", "commission", "panel", "jury",
            "audience", "crowd", "people", "american", "everyone", "everybody", "nobody", "anyone", "someone",
            "few", "many", "most", "all", "both", "each", "others", "other", "percent", "respondent", "poll",
            "survey", "study", "candidate", "nominee", "president", "governor", "senator", "author", "writer",
            "editor", "reporter", "economist", "expert", "analyst", "official", "leader", "judge", "prosecutor",
            "lawyer", "attorney", "investor", "donor", "employer", "employee", "consumer", "customer", "patient",
            "doctor", "scientist", "researcher", "industry", "sector", "market", "media", "press", "newspaper");

    /** Nouns for deliberately unnamed sources. */
    static final Set<String> ANONYMOUS = words("source", "sources", "insider", "insiders", "someone", "person",
            "people", "aide", "aides", "official", "officials");

    /** Words in a name that mark it as a news outlet, agency or broadcaster. */
    static final Set<String> MEDIA_WORDS = words(
            "times", "post", "news", "press", "journal", "tv", "television", "radio", "broadcasting", "network",
            "daily", "herald", "tribune", "gazette", "telegraph", "guardian", "magazine", "agency", "reuters",
            "bloomberg", "cnn", "bbc", "xinhua", "ap", "afp", "npr", "msnbc", "cbs", "nbc", "abc", "politico",
            "axios", "wire", "chronicle", "economist", "monitor", "insider", "observer", "independent", "examiner",
            "dispatch", "time", "courier", "inquirer", "bulletin", "mirror", "express", "standard", "sun", "globe",
            "star", "weekly", "newsweek", "breitbart", "fox", "channel", "media", "newspaper", "outlet", "website",
            "blog", "podcast", "show", "kyodo", "yonhap", "tass", "itar-tass", "ria", "sputnik", "interfax",
            "al-jazeera", "jazeera", "dpa", "ansa", "efe", "cctv", "cgtn", "nikkei", "semafor", "vox", "slate",
            "salon", "hill", "atlantic", "newsmax", "huffpost", "buzzfeed", "bustle", "tmz", "usa");

    /** Pronouns that can stand for a source, with the persons they fit. */
    static final Set<String> PERSON_PRONOUNS = words("he", "she", "him", "her");
    static final Set<String> PLURAL_PRONOUNS = words("they", "them");
    static final Set<String> FIRST_PERSON = words("i", "we", "me", "us");

    /** Words that tell a person's gender. */
    static final Set<String> MALE = words("he", "him", "his", "mr", "mr.", "sir", "man", "spokesman", "chairman",
            "congressman", "father", "son", "brother", "husband", "king", "prince", "businessman");
    static final Set<String> FEMALE = words("she", "her", "hers", "mrs", "mrs.", "ms", "ms.", "miss", "madam",
            "woman", "spokeswoman", "chairwoman", "congresswoman", "mother", "daughter", "sister", "wife", "queen",
            "princess", "businesswoman");

    /** A set from a word list that may repeat a word (lists are grouped by sense, and senses overlap). */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isCueVerb(String lemma) {
        return SPEECH.contains(lemma) || COGNITION.contains(lemma) || INTENTION.contains(lemma)
                || STANCE.contains(lemma);
    }
}
