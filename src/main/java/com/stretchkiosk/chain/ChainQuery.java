package com.stretchkiosk.chain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a front desk knows of a client first seen at another studio, and the one rule for finding them in the chain:
 * their full name (two words or more, every word of it), or a word of their name with their birth year or their phone.
 * Never a prefix: "ma" finds nobody. Names compare with case and accents aside ("bjorn becker" finds Björn Becker).
 *
 * @param words      the words of the name as typed, folded (see {@link #fold})
 * @param birthYear  the birth year as typed, if any
 * @param phoneTail  the last six digits of the phone as typed, if any
 */
public record ChainQuery(List<String> words, @Nullable Integer birthYear, @Nullable String phoneTail) {

    static final int PHONE_DIGITS = 6;

    /**
     * What the search box holds, read as a front desk would type it: words of a name, a four-digit birth year and a
     * phone number (six digits or more, spaces and signs aside), in any order.
     */
    public static ChainQuery typed(String text) {
        List<String> words = new ArrayList<>();
        Integer year = null;
        StringBuilder digits = new StringBuilder();
        for (String part : text.strip().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            String numeric = part.replaceAll("[^0-9]", "");
            boolean number = part.matches("[0-9+()./-]+") && !numeric.isEmpty();
            if (number && numeric.length() == 4 && digits.isEmpty() && year == null && (numeric.startsWith("19") || numeric.startsWith("20"))) {
                year = Integer.valueOf(numeric);
            } else if (number) {
                digits.append(numeric);
            } else {
                words.addAll(wordsOf(part));
            }
        }
        return new ChainQuery(words, year, tail(digits.toString()));
    }

    /** The query the hub is asked (its parameters), checked the same way. */
    public static ChainQuery asked(@Nullable String name, @Nullable Integer birthYear, @Nullable String phone) {
        return new ChainQuery(name == null ? List.of() : wordsOf(name), birthYear, phone == null ? null : tail(phone.replaceAll("[^0-9]", "")));
    }

    public ChainQuery {
        words = List.copyOf(words);
    }

    /** Whether this is enough to look a person up: a full name, or a word of it with a birth year or a phone. */
    public boolean enough() {
        boolean full = words.size() >= 2 && words.stream().allMatch(word -> word.length() >= 2);
        boolean partWithMore = !words.isEmpty() && words.stream().allMatch(word -> word.length() >= 2)
                && (birthYear != null || phoneTail != null);
        return full || partWithMore;
    }

    /** The name as the hub asks it (the words, spaced). */
    public String name() {
        return String.join(" ", words);
    }

    /** Whether a client of the chain is the one looked up. */
    public boolean matches(String fullName, @Nullable Integer clientBirthYear, @Nullable String clientPhone) {
        if (!enough()) {
            return false;
        }
        List<String> name = wordsOf(fullName);
        if (birthYear == null && phoneTail == null) {
            return sorted(name).equals(sorted(words));
        }
        boolean named = name.containsAll(words);
        boolean born = birthYear == null || birthYear.equals(clientBirthYear);
        boolean phoned = phoneTail == null || clientPhone != null && phoneTail.equals(tail(clientPhone.replaceAll("[^0-9]", "")));
        return named && born && phoned;
    }

    /** The hub's key for finding a full name: its folded words, sorted, spaced. */
    public static Optional<String> nameKey(String fullName) {
        String key = key(wordsOf(fullName));
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** The key of the name asked for, when the whole name was given (the same key as {@link #nameKey}). */
    Optional<String> wholeNameKey() {
        return birthYear == null && phoneTail == null ? Optional.of(key(words)) : Optional.empty();
    }

    /** Folded words, sorted and spaced, at most 200 characters: what the hub keeps for a name. */
    private static String key(List<String> words) {
        String key = String.join(" ", sorted(words));
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** The last six digits of a phone number, the part a front desk reliably has; none for fewer digits. */
    public static @Nullable String tail(@Nullable String digits) {
        return digits == null || digits.length() < PHONE_DIGITS ? null : digits.substring(digits.length() - PHONE_DIGITS);
    }

    /** A name in words: lower case, accents and punctuation aside ("O'Neil-Björk" is "oneil", "bjork"). */
    static List<String> wordsOf(String name) {
        String folded = fold(name);
        return Arrays.stream(folded.split("[\\s-]+")).map(word -> word.replaceAll("[^\\p{L}\\p{N}]", "")).filter(word -> !word.isEmpty())
                .toList();
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("đ", "d");
    }

    private static List<String> sorted(List<String> words) {
        return words.stream().sorted().toList();
    }
}
