package com.stretchkiosk.catalog;

import java.util.List;

/**
 * A catalog stretch as the session screen and history need it.
 *
 * @param steps short instructions, in order
 */
public record Stretch(
        long id,
        String groupName,
        String name,
        String position,
        boolean sided,
        int repetitions,
        int holdSeconds,
        MeasureUnit unit,
        int rangeMin,
        int rangeMax,
        List<String> steps,
        long version,
        boolean retired) {

    public Stretch {
        steps = List.copyOf(steps);
    }

    public boolean isPlausible(int range) {
        return range >= rangeMin && range <= rangeMax;
    }
}
