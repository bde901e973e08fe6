package com.stretchkiosk.client;

import com.stretchkiosk.base.Problem;
import java.util.Map;

/** The details were not stored; each problem belongs next to its field. Nothing was written. */
public class ClientRefusedException extends RuntimeException {

    private final Map<ClientField, Problem> problems;

    public ClientRefusedException(Map<ClientField, Problem> problems) {
        super("Client details refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<ClientField, Problem> problems() {
        return problems;
    }
}
