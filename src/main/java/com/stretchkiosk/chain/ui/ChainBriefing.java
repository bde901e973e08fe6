package com.stretchkiosk.chain.ui;

import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.OffTheRequest;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Measures;
import com.stretchkiosk.chain.ChainAttempt;
import com.stretchkiosk.chain.ChainCaution;
import com.stretchkiosk.chain.ChainRange;
import com.stretchkiosk.chain.ChainVisit;
import com.stretchkiosk.chain.HubSyncService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client's record at the chain's other studios, on the client's page at a studio of the chain, in two parts filled
 * by one answer of the hub: first of all, the sharp-pain stops that stand there (or, when the hub cannot be asked,
 * that they could not be checked: a missing warning must never look like no warning); after this studio's own
 * briefing, the sessions there: the latest in full, the ranges per stretch side, and the list.
 */
public class ChainBriefing extends Div {

    /** Sessions at other studios listed before "Show all". */
    static final int SESSIONS_FIRST = 12;

    /** One stop in words: "✕ Studio A, 24 Nov 2026: sharp-pain stop on Levator scapulae, Left at depth 6: stay below it". */
    public static String describe(ChainCaution caution, Words words, StudioTime time, Measures measures) {
        String where = caution.stretch() + side(caution.side(), words);
        String date = time.date(caution.occurredAt());
        return caution.rangeAtStop() == null
                ? words.t("chain.cautions.stop.no-range", caution.studio(), date, where)
                : words.t("chain.cautions.stop", caution.studio(), date, where,
                        measures.format(MeasureUnit.valueOf(caution.unit()), caution.rangeAtStop()));
    }

    private static String side(String side, Words words) {
        return "NONE".equals(side) ? "" : ", " + words.t("session.side." + side.toLowerCase(Locale.ROOT));
    }

    private final HubSyncService hub;
    private final String chainClientId;
    private final StudioTime time;
    private final Measures measures;
    private final Div sessions = new Div();

    /** Says it is checking; the hub is asked off the request when it is shown, so a slow hub never holds the page. */
    public ChainBriefing(HubSyncService hub, String chainClientId, StudioTime time, Measures measures) {
        this.hub = hub;
        this.chainClientId = chainClientId;
        this.time = time;
        this.measures = measures;
        addClassNames("kiosk-caution", "kiosk-chain-cautions");
        add(new H2(getTranslation("chain.cautions.title")), new Paragraph(getTranslation("chain.cautions.checking")));
        sessions.addClassNames("kiosk-briefing-section", "kiosk-chain-sessions");
        sessions.setVisible(false);
    }

    /** The second part: the client's sessions at the other studios, to place after this studio's briefing. */
    public Div sessions() {
        return sessions;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        OffTheRequest.ask(attach.getUI(), "chain-record", () -> hub.recordOf(chainClientId), this::show);
    }

    private void show(HubSyncService.ChainRecordAnswer found) {
        removeAll();
        if (!found.reached()) {
            Paragraph unknown = new Paragraph(getTranslation("chain.cautions.unreachable"));
            unknown.addClassName("kiosk-problem");
            add(new H2(getTranslation("chain.cautions.title")), unknown);
            return;
        }
        List<ChainCaution> cautions = found.record().cautions();
        setVisible(!cautions.isEmpty());
        if (!cautions.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (ChainCaution caution : cautions) {
                list.add(new ListItem(describe(caution, this::getTranslation, time, measures)));
            }
            add(new H2(getTranslation("chain.cautions.title")), list);
        }
        List<ChainVisit> visits = found.record().visits();
        sessions.setVisible(!visits.isEmpty());
        if (!visits.isEmpty()) {
            sessions.add(new H2(getTranslation("chain.sessions.title")));
            latest(visits.getFirst());
            ranges(found.record().ranges());
            list(visits);
        }
    }

    /** The latest session there: when, where, pain, then its pain stops in red and one line per stretch side. */
    private void latest(ChainVisit visit) {
        Paragraph heading = new Paragraph(getTranslation("chain.sessions.latest", time.date(visit.startedAt()), visit.studio(),
                pain(visit)));
        heading.addClassName("kiosk-last-visit-heading");
        Div lines = new Div();
        lines.addClassName("kiosk-fact-lines");
        Map<String, List<ChainAttempt>> sides = new LinkedHashMap<>();
        for (ChainAttempt attempt : visit.attempts()) {
            if (attempt.painStop()) {
                Span line = new Span(stretchSide(attempt) + ": " + stop(attempt));
                line.addClassName("kiosk-fact-pain");
                lines.add(line);
            } else {
                sides.computeIfAbsent(attempt.stretch() + "\n" + attempt.side(), key -> new ArrayList<>()).add(attempt);
            }
        }
        sides.values().forEach(repetitions -> {
            List<String> values = repetitions.stream().map(this::value).toList();
            Span line = new Span(stretchSide(repetitions.getFirst()) + ": " + String.join(", ", values));
            line.addClassName("kiosk-fact-line");
            lines.add(line);
        });
        sessions.add(heading, lines);
        if (visit.closingNote() != null) {
            sessions.add(new Paragraph(getTranslation("history.closing-note", visit.closingNote())));
        }
    }

    /** First against latest per stretch side there, said to stand apart from this studio's ranges. */
    private void ranges(List<ChainRange> ranges) {
        if (ranges.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ChainRange range : ranges) {
            MeasureUnit unit = MeasureUnit.valueOf(range.unit());
            String where = range.stretch() + side(range.side(), this::getTranslation);
            list.add(new ListItem(range.sessions() == 1
                    ? getTranslation("chain.sessions.range.once", where, range.studio(), measures.format(unit, range.first()),
                            time.date(range.firstAt()))
                    : getTranslation("chain.sessions.range", where, range.studio(), measures.format(unit, range.first()),
                            time.date(range.firstAt()), measures.format(unit, range.latest()), time.date(range.latestAt()),
                            range.sessions())));
        }
        Paragraph apart = new Paragraph(getTranslation("chain.sessions.ranges.apart"));
        apart.addClassName("kiosk-chart-legend");
        sessions.add(new H3(getTranslation("chain.sessions.ranges")), list, apart);
    }

    /** Every session there, newest first; the rest one tap away. */
    private void list(List<ChainVisit> visits) {
        Div rows = new Div();
        rows.addClassName("kiosk-chain-session-rows");
        sessions.add(new H3(getTranslation("chain.sessions.all-title", visits.size())), rows);
        Touch.firstThenAll(sessions, rows, visits, SESSIONS_FIRST, getTranslation("history.timeline.all", visits.size()), this::rows);
    }

    private void rows(Div rows, List<ChainVisit> visits) {
        for (ChainVisit visit : visits) {
            Paragraph row = new Paragraph(getTranslation("chain.sessions.row", time.date(visit.startedAt()), visit.studio(),
                    visit.attempts().size(), pain(visit))
                    + (visit.painStops() > 0 ? " · " + getTranslation("history.timeline.pain-stops", visit.painStops()) : ""));
            row.addClassName(visit.painStops() > 0 ? "kiosk-fact-pain" : "kiosk-chain-session-row");
            rows.add(row);
        }
    }

    /** As history.ui.FactText says it (which this feature cannot use: history reaches the chain through visit). */
    private String pain(ChainVisit visit) {
        return getTranslation("history.pain-before-after", visit.painBefore() == null ? "—" : visit.painBefore().toString(),
                visit.painAfter() == null ? "—" : visit.painAfter().toString());
    }

    private String stretchSide(ChainAttempt attempt) {
        return attempt.stretch() + side(attempt.side(), this::getTranslation);
    }

    private String stop(ChainAttempt attempt) {
        return attempt.rangeAtStop() == null ? getTranslation("chain.sessions.stop.no-range")
                : getTranslation("chain.sessions.stop", measures.format(MeasureUnit.valueOf(attempt.unit()), attempt.rangeAtStop()));
    }

    private String value(ChainAttempt attempt) {
        if ("SKIPPED".equals(attempt.outcome())) {
            return getTranslation("history.skipped");
        }
        return attempt.range() == null ? getTranslation("history.not-measured")
                : measures.format(MeasureUnit.valueOf(attempt.unit()), attempt.range());
    }
}
