package com.stretchkiosk.chain;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hub's door for its studios: a batch of rows with the studio's credential as a bearer token. 401 for a
 * credential the hub did not issue (or revoked); otherwise what became of the rows. Put TLS in front of it.
 */
@RestController
class HubController {

    private final HubService hub;

    HubController(HubService hub) {
        this.hub = hub;
    }

    @GetMapping(path = HubProtocol.CLIENTS_PATH, produces = "application/json")
    ResponseEntity<java.util.List<ChainClient>> clients(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestParam(name = "name", required = false) String name) {
        return hub.findClients(bearer(authorization), name).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
    }

    @GetMapping(path = HubProtocol.CLIENTS_PATH + "/{chainClientId}/cautions", produces = "application/json")
    ResponseEntity<java.util.List<ChainCaution>> cautions(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable("chainClientId") String chainClientId) {
        if (chainClientId.length() != 36) {
            return ResponseEntity.badRequest().build();
        }
        return hub.cautions(bearer(authorization), chainClientId).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
    }

    @GetMapping(path = HubProtocol.CLIENTS_PATH + "/{chainClientId}/record", produces = "application/json")
    ResponseEntity<ChainRecord> record(@RequestHeader(name = "Authorization", required = false) String authorization,
            @PathVariable("chainClientId") String chainClientId) {
        if (chainClientId.length() != 36) {
            return ResponseEntity.badRequest().build();
        }
        return hub.record(bearer(authorization), chainClientId).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
    }

    private static @org.jspecify.annotations.Nullable String bearer(@org.jspecify.annotations.Nullable String authorization) {
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
    }

    @PostMapping(path = HubProtocol.RECORDS_PATH, consumes = "application/json", produces = "application/json")
    ResponseEntity<HubProtocol.Receipt> records(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody HubProtocol.Batch batch) {
        return hub.receive(bearer(authorization), batch.records()).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
    }
}
