package org.fahras.app.gui.facets;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fahras.app.gui.I18n;
import org.fahras.app.search.FacetValue;
import org.junit.jupiter.api.Test;

/** The entity panel: bars per most-mentioned entity, a timeline of years, clicks filter. */
class EntityPanelTest {

  static List<Component> all(Container c) {
    List<Component> out = new ArrayList<>();
    for (Component k : c.getComponents()) {
      out.add(k);
      if (k instanceof Container kc) {
        out.addAll(all(kc));
      }
    }
    return out;
  }

  static Component named(Container c, String name) {
    return all(c).stream().filter(k -> name.equals(k.getName())).findFirst().orElse(null);
  }

  static void click(Component c) {
    MouseEvent e = new MouseEvent(c, MouseEvent.MOUSE_CLICKED, 0, 0, 5, 5, 1, false, MouseEvent.BUTTON1);
    for (var l : c.getMouseListeners()) {
      l.mouseClicked(e);
    }
  }

  @Test
  void barsAndTimelineFollowTheCountsAndClicksToggleFilters() {
    FacetViewModel model = new FacetViewModel();
    EntityPanel panel = new EntityPanel(model, new I18n(I18n.Language.ARABIC));
    assertThat(named(panel, "entities.none")).isNotNull();

    model.update(
        Map.of(
            "person", List.of(new FacetValue("سلمى الخوري", 4), new FacetValue("عمر فاروق", 1)),
            "location", List.of(new FacetValue("روسيا", 3)),
            "year_mentioned", List.of(new FacetValue("2024", 2), new FacetValue("2021", 1))));

    assertThat(named(panel, "entities.none")).isNull();
    assertThat(named(panel, "entities.bar.person.سلمى الخوري")).isNotNull();
    assertThat(named(panel, "entities.bar.location.روسيا")).isNotNull();
    assertThat(named(panel, "entities.bar.organization.x")).isNull();
    assertThat(panel.timelineCounts()).containsExactly(Map.entry(2021, 1L), Map.entry(2024, 2L));

    click(named(panel, "entities.bar.location.روسيا"));
    assertThat(model.filters()).containsEntry("location", List.of("روسيا"));
    click(named(panel, "entities.bar.location.روسيا"));
    assertThat(model.filters()).isEmpty();

    EntityPanel.Timeline t = (EntityPanel.Timeline) named(panel, "entities.timeline");
    t.setSize(400, 120);
    assertThat(t.span()).containsExactly(2021, 2022, 2023, 2024);
    assertThat(t.yearAt(0)).isEqualTo(2021);
    assertThat(t.yearAt(3 * EntityPanel.Timeline.MAX_COLUMN + 1)).isEqualTo(2024);
    assertThat(t.yearAt(399)).isNull(); // past the last column: columns stay narrow
  }

  @Test
  void entityNamesFromDocumentsAreNeverRenderedAsHtml() {
    FacetViewModel model = new FacetViewModel();
    String hostile = "<html><img src='http://example.invalid/x.png'>";
    EntityPanel panel = new EntityPanel(model, new I18n(I18n.Language.ENGLISH));
    FacetSidebar sidebar = new FacetSidebar(model, new I18n(I18n.Language.ENGLISH));
    model.update(Map.of("person", List.of(new FacetValue(hostile, 2))));

    List<Component> labels = new ArrayList<>(all(panel));
    labels.addAll(all(sidebar));
    List<javax.swing.JComponent> showingIt =
        labels.stream()
            .filter(c -> c instanceof javax.swing.JLabel l && hostile.equals(l.getText())
                || c instanceof javax.swing.AbstractButton b && b.getText() != null && b.getText().contains("<html>"))
            .map(c -> (javax.swing.JComponent) c)
            .toList();
    assertThat(showingIt).hasSizeGreaterThanOrEqualTo(2);
    assertThat(showingIt).allSatisfy(c -> {
      assertThat(c.getClientProperty(javax.swing.plaf.basic.BasicHTML.propertyKey)).as("HTML view of " + c.getName()).isNull();
      assertThat(c.getToolTipText()).doesNotStartWith("<html>");
    });
  }
}
