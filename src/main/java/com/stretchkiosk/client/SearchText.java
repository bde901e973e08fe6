package com.stretchkiosk.client;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import com.stretchkiosk.base.TextLimits;

/** Folds names for search as you type: lower case, accents dropped, single spaces ("Zoë Müller" → "zoe muller"). */
public final class SearchText {

    /** The folded copy's length at most (a CHECK in the schema): decomposing can make a name longer ("ﬃ" → "ffi"). */
    public static final int MAX_LENGTH = TextLimits.NAME_MAX_LENGTH;

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = decomposed.replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return folded.codePointCount(0, folded.length()) <= MAX_LENGTH ? folded
                : folded.substring(0, folded.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }

    static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
