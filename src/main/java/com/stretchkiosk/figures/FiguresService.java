package com.stretchkiosk.figures;

import com.stretchkiosk.base.Csv;
import com.stretchkiosk.base.StudioTime;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.visit.Attempt;
import com.stretchkiosk.visit.RangeSeries;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** Studio figures for managers, computed from the stored facts (voided ones left out). */
@Service
public class FiguresService {


    private final FiguresRepository repository;
    private final StudioTime time;

    FiguresService(FiguresRepository repository, StudioTime time) {
        this.repository = repository;
        this.time = time;
    }

    /** Figures for the period that ends today, in the studio's zone. */
    public StudioFigures last(Period period) {
        LocalDate to = time.today();
        return between(period.from(to), to);
    }

    public StudioFigures between(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(time.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(time.zone()).toInstant();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            perDay.put(day, 0);
        }
        for (Instant started : repository.sessionStarts(start, end)) {
            perDay.merge(started.atZone(time.zone()).toLocalDate(), 1, Integer::sum);
        }
        List<StudioFigures.Dated> days = perDay.entrySet().stream()
                .map(e -> new StudioFigures.Dated(e.getKey(), e.getValue())).toList();
        return new StudioFigures(from, to, days,
                repository.painStopsPerStretch(start, end).stream().map(r -> new StudioFigures.Count(r.value1(), r.value2())).toList(),
                repository.painStopsPerTherapist(start, end).stream().map(r -> new StudioFigures.Count(r.value1(), r.value2())).toList(),
                rangeChanges(repository.measuredByClient(start, end), repository.stretchNames()));
    }

    /**
     * Per stretch and unit: the mean of (latest − first visit's best range) over the client sides measured on two
     * visits or more in that unit ({@link RangeSeries}); a stretch whose unit changed shows one row per unit.
     */
    static List<StudioFigures.RangeChange> rangeChanges(Map<Long, List<Attempt>> byClient, Map<Long, String> names) {
        Map<String, Map<MeasureUnit, List<Integer>>> changes = new TreeMap<>();
        byClient.values().forEach(attempts -> RangeSeries.of(attempts).forEach((key, points) -> {
            List<Integer> bests = points.stream().map(RangeSeries.Point::best).filter(Objects::nonNull).toList();
            if (bests.size() >= 2) {
                changes.computeIfAbsent(names.getOrDefault(key.stretchId(), "#" + key.stretchId()), s -> new TreeMap<>())
                        .computeIfAbsent(key.unit(), u -> new ArrayList<>()).add(bests.getLast() - bests.getFirst());
            }
        }));
        List<StudioFigures.RangeChange> rows = new ArrayList<>();
        changes.forEach((stretch, perUnit) -> perUnit.forEach((unit, list) -> rows.add(new StudioFigures.RangeChange(stretch, unit,
                list.stream().mapToInt(Integer::intValue).average().orElse(0), list.size()))));
        return rows;
    }

    /** The figures as CSV: one table after the other, each row a figure with its label. */
    public String csv(StudioFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        for (Period.Grouping grouping : Period.Grouping.values()) {
            String figure = "sessions_per_" + grouping.name().toLowerCase(Locale.ROOT);
            figures.sessionsPer(grouping).forEach(c -> rows.add(Arrays.asList(figure, c.start().toString(), c.count(), null, null)));
        }
        figures.painStopsPerStretch().forEach(c -> rows.add(Arrays.asList("pain_stops_per_stretch", c.label(), c.count(), null, null)));
        figures.painStopsPerTherapist().forEach(c -> rows.add(Arrays.asList("pain_stops_per_therapist", c.label(), c.count(), null, null)));
        figures.rangeChanges().forEach(r -> rows.add(Arrays.asList("average_range_change", r.stretch(),
                BigDecimal.valueOf(r.averageChange()).setScale(1, RoundingMode.HALF_UP), r.unit().name().toLowerCase(Locale.ROOT),
                r.clientSides())));
        return Csv.write(List.of("figure", "label", "value", "unit", "client_sides"), rows);
    }
}
