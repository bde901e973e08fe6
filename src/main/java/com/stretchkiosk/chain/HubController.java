package com.stretchkiosk.chain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The hub's API for its studios ({@link HubProtocol}); {@link HubDoor} has checked the credential, the size and the
 * rate before a request gets here. A studio's mistake is answered 400 with a reason, in JSON.
 */
@RestController
class HubController {

    private final HubService hub;

    HubController(HubService hub) {
        this.hub = hub;
    }

    @PostMapping(path = HubProtocol.RECORDS_PATH, consumes = "application/json", produces = "application/json")
    HubProtocol.Receipt records(@RequestAttribute(HubDoor.STUDIO) ChainStudio studio, @RequestBody(required = false) HubProtocol.@Nullable Batch batch) {
        return hub.receive(studio, batch);
    }

    @GetMapping(path = HubProtocol.CLIENTS_PATH, produces = "application/json")
    List<ChainClient> clients(@RequestAttribute(HubDoor.STUDIO) ChainStudio studio, @RequestParam(name = "name", required = false) @Nullable String name,
            @RequestParam(name = "born", required = false) @Nullable Integer born, @RequestParam(name = "phone", required = false) @Nullable String phone) {
        if (name != null && name.length() > 200 || phone != null && phone.length() > 40) {
            throw new HubRequestRefusedException(400, "A name is at most 200 characters, a phone number at most 40.");
        }
        return hub.findClients(studio, ChainQuery.asked(name, born, phone));
    }

    @PostMapping(path = HubProtocol.CLIENTS_PATH + "/{chainClientId}/link", produces = "application/json")
    ChainClient link(@RequestAttribute(HubDoor.STUDIO) ChainStudio studio, @PathVariable("chainClientId") String chainClientId,
            @RequestBody(required = false) HubProtocol.@Nullable Link link) {
        return hub.bringOver(studio, checked(chainClientId), link);
    }

    @GetMapping(path = HubProtocol.CLIENTS_PATH + "/{chainClientId}/cautions", produces = "application/json")
    List<ChainCaution> cautions(@RequestAttribute(HubDoor.STUDIO) ChainStudio studio, @PathVariable("chainClientId") String chainClientId) {
        return hub.cautions(studio, checked(chainClientId));
    }

    @GetMapping(path = HubProtocol.CLIENTS_PATH + "/{chainClientId}/record", produces = "application/json")
    ChainRecord record(@RequestAttribute(HubDoor.STUDIO) ChainStudio studio, @PathVariable("chainClientId") String chainClientId) {
        return hub.record(studio, checked(chainClientId));
    }

    private static String checked(String chainClientId) {
        if (!HubService.UUID_TEXT.matcher(chainClientId).matches()) {
            throw new HubRequestRefusedException(400, "A client's chain id is a UUID (36 characters).");
        }
        return chainClientId;
    }

    @ExceptionHandler(HubRequestRefusedException.class)
    ResponseEntity<HubProtocol.Problem> refused(HubRequestRefusedException refused) {
        return ResponseEntity.status(refused.status()).body(new HubProtocol.Problem(String.valueOf(refused.getMessage())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<HubProtocol.Problem> unreadable(HttpMessageNotReadableException unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof HubDoor.TooLarge tooLarge) {
                return ResponseEntity.status(413)
                        .body(new HubProtocol.Problem(String.valueOf(tooLarge.getMessage())));
            }
        }
        String detail = unreadable.getMostSpecificCause().getMessage();
        String firstLine = detail == null ? "" : detail.lines().findFirst().orElse("");
        return ResponseEntity.badRequest().body(new HubProtocol.Problem("The body is not the JSON the hub's protocol says"
                + (firstLine.isBlank() ? "." : ": " + (firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<HubProtocol.Problem> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return ResponseEntity.badRequest().body(new HubProtocol.Problem("“" + mismatch.getName() + "” is not a " + mismatch.getName()
                + " the hub understands (born is a year)."));
    }
}
