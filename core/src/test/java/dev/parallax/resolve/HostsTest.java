package dev.parallax.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostsTest {

    @Test
    void readsTheHostOfUrlsAndBareHosts() {
        assertThat(Hosts.of("https://user@WWW.Semafor.com:443/article?x=1#top")).hasValue("semafor.com");
        assertThat(Hosts.of("news.bbc.co.uk/news/world")).hasValue("news.bbc.co.uk");
        assertThat(Hosts.of("//globaltimes.cn.")).hasValue("globaltimes.cn");
    }

    @Test
    void readsTheHostOfAUrlWhosePathUriDoesNotAllow() {
        assertThat(Hosts.of("https://www.scmp.com/news/china/a b|c{d}")).hasValue("scmp.com");
    }

    @Test
    void findsNoHostInANameOrAMalformedHost() {
        assertThat(Hosts.of("Global Times")).isEmpty();
        assertThat(Hosts.of("localhost")).isEmpty();
        assertThat(Hosts.of("bad_host.example.com")).isEmpty();
        assertThat(Hosts.of("")).isEmpty();
    }

    @Test
    void listsADomainAndItsParentsAboveThePublicSuffix() {
        assertThat(Hosts.withParents("news.bbc.co.uk")).containsExactly("news.bbc.co.uk", "bbc.co.uk");
        assertThat(Hosts.withParents("timesofindia.indiatimes.com"))
                .containsExactly("timesofindia.indiatimes.com", "indiatimes.com");
    }
}
