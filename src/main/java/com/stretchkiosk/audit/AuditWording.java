package com.stretchkiosk.audit;

import com.stretchkiosk.base.Words;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an audit row says a person did, as the key of a sentence in words ("Recorded a pain stop"), never the
 * action's code. A fact's action names the kind of fact; the others need no record kind.
 */
public final class AuditWording {

    /** The kinds of fact a FACT_ action names, as the audit rows store them. */
    public static final List<String> FACT_KINDS = List.of("attempt", "pain_stop", "pain_stop_detail", "pain_rating");

    private AuditWording() {
    }

    /** The i18n key of the sentence for an action on a record of the given type. */
    public static String key(AuditAction action, @Nullable String recordType) {
        String key = Words.key("audit.did.", action);
        return switch (action) {
            case FACT_RECORDED, FACT_VOIDED, FACT_CORRECTED ->
                    recordType != null && FACT_KINDS.contains(recordType) ? key + "." + recordType.replace('_', '-') : key;
            default -> key;
        };
    }

    /**
     * The record's own name worth showing beside the sentence (a backup's file, an export's format, a refused
     * address), or null where the row's client and sentence say it all (fact ids are for machines).
     */
    public static @Nullable String recordDetail(@Nullable String recordType, @Nullable String recordId) {
        if (recordType == null || recordId == null) {
            return null;
        }
        return switch (recordType) {
            case "backup", "export", "route" -> recordId;
            default -> null;
        };
    }
}
