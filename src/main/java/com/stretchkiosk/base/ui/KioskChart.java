package com.stretchkiosk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.function.LongConsumer;

/**
 * A chart drawn by Chart.js in the browser from a {@link ChartSpec}. A tap on a visit's mark calls {@code onOpen} with
 * that visit. Chart.js comes from its WebJar as a static script; no npm build.
 */
public class KioskChart extends Div {

    static final String CHART_JS = "context://webjars/chartjs/4.4.3/dist/chart.umd.js";
    static final String KIOSK_CHARTS = "context://kiosk/charts.js";

    private final ChartSpec spec;

    public KioskChart(ChartSpec spec, LongConsumer onOpen) {
        this.spec = spec;
        addClassName("kiosk-chart-holder");
        getElement().appendChild(new Element("canvas"));
        getElement().addEventListener("kiosk-chart-open", event -> {
            String visit = event.getEventData().get("event.detail.visit").asString();
            if (visit != null && visit.matches("[0-9]{1,18}")) {
                onOpen.accept(Long.parseLong(visit));
            }
        }).addEventData("event.detail.visit");
    }

    public ChartSpec spec() {
        return spec;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(CHART_JS);
        attach.getUI().getPage().addJavaScript(KIOSK_CHARTS);
        getElement().executeJs("window.kioskCharts.draw(this, JSON.parse($0))", spec.json());
    }
}
