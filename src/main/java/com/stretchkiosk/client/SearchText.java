package com.stretchkiosk.client;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Folds names for search as you type: lower case, accents dropped, single spaces ("Zoë Müller" → "zoe muller"). */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
