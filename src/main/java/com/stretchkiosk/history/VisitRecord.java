package com.stretchkiosk.history;

import java.util.List;

/** The record of one visit: the client, the visit itself (who stretched, when, pain before and after) and its facts. */
public record VisitRecord(long clientId, String clientName, VisitRow visit, List<FactLine> facts) {
}
