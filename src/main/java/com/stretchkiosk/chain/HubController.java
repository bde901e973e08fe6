package com.stretchkiosk.chain;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
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

    @PostMapping(path = HubProtocol.RECORDS_PATH, consumes = "application/json", produces = "application/json")
    ResponseEntity<HubProtocol.Receipt> records(@RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody HubProtocol.Batch batch) {
        String credential = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : null;
        return hub.receive(credential, batch.records()).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
    }
}
