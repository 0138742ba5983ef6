package org.fahras.app.gui.facets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fahras.app.search.FacetValue;
import org.junit.jupiter.api.Test;

class FacetViewModelTest {

  static FacetViewModel withCounts() {
    FacetViewModel m = new FacetViewModel();
    m.update(Map.of("type", List.of(new FacetValue("application/pdf", 3), new FacetValue("text/plain", 2))));
    return m;
  }

  @Test
  void togglingSelectsAndUnselectsAValue() {
    FacetViewModel m = withCounts();
    m.toggle("type", "application/pdf");
    assertThat(m.filters()).isEqualTo(Map.of("type", List.of("application/pdf")));
    assertThat(m.entries("type")).filteredOn(FacetViewModel.Entry::selected).extracting(FacetViewModel.Entry::value)
        .containsExactly("application/pdf");

    m.toggle("type", "application/pdf");
    assertThat(m.hasSelection()).isFalse();
  }

  @Test
  void aSelectedValueMissingFromNewCountsIsStillListedSoItCanBeUndone() {
    FacetViewModel m = withCounts();
    m.toggle("year", "2019");
    m.update(Map.of("year", List.of(new FacetValue("2023", 1))));

    assertThat(m.entries("year"))
        .containsExactly(new FacetViewModel.Entry("year", "2023", 1, false), new FacetViewModel.Entry("year", "2019", -1, true));
  }

  @Test
  void clearUnselectsEverythingAndTellsListenersOnce() {
    FacetViewModel m = withCounts();
    m.toggle("type", "text/plain");
    m.toggle("lang", "ar");
    List<String> events = new ArrayList<>();
    m.addListener(e -> events.add(e.getPropertyName()));

    m.clear();
    m.clear();

    assertThat(m.filters()).isEmpty();
    assertThat(events).containsExactly(FacetViewModel.SELECTION);
  }
}
