package com.stretchkiosk.catalog;

import com.stretchkiosk.base.Problem;
import java.util.Map;

/** A catalog edit was not stored; each problem belongs next to its field. */
public class CatalogRefusedException extends RuntimeException {

    private final Map<StretchDraft.Field, Problem> problems;

    public CatalogRefusedException(Map<StretchDraft.Field, Problem> problems) {
        super("Stretch refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<StretchDraft.Field, Problem> problems() {
        return problems;
    }
}
