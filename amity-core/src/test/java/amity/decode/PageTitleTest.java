package amity.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTitleTest {
  @Test
  void aShortSiteNameAfterTheLastSeparatorGoes() {
    assertThat(PageTitle.withoutSiteName("The Only 19 SEO Tutorials You Need To Read - AgencyAnalytics"))
        .isEqualTo("The Only 19 SEO Tutorials You Need To Read");
    assertThat(PageTitle.withoutSiteName("Laos, Việt Nam agree on rail link | Daily")).isEqualTo("Laos, Việt Nam agree on rail link");
  }

  @Test
  void aTitleWhosePartsAreEquallyShortStaysWhole() {
    assertThat(PageTitle.withoutSiteName("Vietnam - Laos")).isEqualTo("Vietnam - Laos");
    assertThat(PageTitle.withoutSiteName("Vietnam - Laos sign fifteen cooperation documents in Hà Nội"))
        .isEqualTo("Vietnam - Laos sign fifteen cooperation documents in Hà Nội");
  }

  @Test
  void aSiteNameBeforeABarGoes() {
    assertThat(PageTitle.withoutSiteName("TechCrunch | Startup and Technology News Today")).isEqualTo("Startup and Technology News Today");
  }

  @Test
  void theH1TheHeadTitleContainsIsTheTitle() {
    assertThat(PageTitle.of("Climbing Shoes: Rock Climbing, Bouldering & Indoor | Shop", List.of("Menu", "Climbing Shoes")))
        .isEqualTo("Climbing Shoes");
  }

  @Test
  void theOnlyH1IsTheTitleElseTheHeadTitleWithoutTheSite() {
    assertThat(PageTitle.of("Shop | JOCO Cups", List.of("Shop all cups"))).isEqualTo("Shop all cups");
    assertThat(PageTitle.of("Best Dishwashers of 2025 - Reviewed", List.of())).isEqualTo("Best Dishwashers of 2025");
    assertThat(PageTitle.of(null, List.of())).isNull();
  }
}
