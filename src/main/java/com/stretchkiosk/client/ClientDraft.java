package com.stretchkiosk.client;

import com.stretchkiosk.base.Problem;
import com.stretchkiosk.base.TextLimits;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A client's details as entered, before they are stored. The rules here are the ones the schema's
 * CHECK constraints repeat.
 */
public record ClientDraft(
        @Nullable String fullName,
        @Nullable String phone,
        @Nullable Integer birthYear,
        @Nullable String precautions,
        @Nullable LocalDate consentOn) {

    public static final int NAME_MAX_LENGTH = TextLimits.NAME_MAX_LENGTH;
    public static final int PHONE_MAX_LENGTH = 30;
    public static final int PHONE_MIN_DIGITS = 5;
    /** Characters a phone number may hold besides digits. */
    public static final String PHONE_CHARACTERS = "[0-9+()\\-./ ]";
    public static final int PRECAUTIONS_MAX_LENGTH = TextLimits.NOTE_MAX_LENGTH;
    /** The oldest plausible client, in years: birth years before this are refused. */
    public static final int OLDEST_AGE = 110;
    /** No studio kept consent forms before this year (and the schema stores four-digit years only). */
    public static final int EARLIEST_CONSENT_YEAR = 1900;

    /** Trimmed, with blank fields as absent. */
    public ClientDraft cleaned() {
        return new ClientDraft(TextLimits.clean(fullName), TextLimits.clean(phone), birthYear,
                TextLimits.clean(precautions), consentOn);
    }

    /** What is wrong with the (cleaned) draft, by field; empty when it can be stored. */
    public Map<ClientField, Problem> problems(LocalDate today) {
        Map<ClientField, Problem> problems = new EnumMap<>(ClientField.class);
        if (fullName == null) {
            problems.put(ClientField.FULL_NAME, Problem.of("client.name.required"));
        } else {
            Problem problem = TextLimits.nameProblem(fullName);
            if (problem != null) {
                problems.put(ClientField.FULL_NAME, problem);
            }
        }
        if (phone != null) {
            if (phone.length() > PHONE_MAX_LENGTH) {
                problems.put(ClientField.PHONE, Problem.of("client.phone.too-long", PHONE_MAX_LENGTH));
            } else if (!phone.matches(PHONE_CHARACTERS + "+") || digits(phone).length() < PHONE_MIN_DIGITS) {
                problems.put(ClientField.PHONE, Problem.of("client.phone.invalid", PHONE_MIN_DIGITS));
            }
        }
        if (birthYear != null) {
            int latest = today.getYear();
            int earliest = latest - OLDEST_AGE;
            if (birthYear < earliest || birthYear > latest) {
                problems.put(ClientField.BIRTH_YEAR, Problem.of("client.birth-year.out-of-range", earliest, latest));
            }
        }
        if (precautions != null && precautions.length() > PRECAUTIONS_MAX_LENGTH) {
            problems.put(ClientField.PRECAUTIONS,
                    Problem.of("client.precautions.too-long", PRECAUTIONS_MAX_LENGTH, precautions.length()));
        } else if (precautions != null && TextLimits.hasBrokenCharacter(precautions)) {
            problems.put(ClientField.PRECAUTIONS, Problem.of("text.broken-character"));
        }
        if (consentOn != null && consentOn.isAfter(today)) {
            problems.put(ClientField.CONSENT_ON, Problem.of("client.consent.in-future"));
        } else if (consentOn != null && consentOn.getYear() < EARLIEST_CONSENT_YEAR) {
            problems.put(ClientField.CONSENT_ON, Problem.of("client.consent.too-early", EARLIEST_CONSENT_YEAR));
        }
        return problems;
    }

    public static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }
}
