package no.sirkel.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Hooks;

/**
 * Errors Reactor drops because nobody is left to receive them: a client that reset its connection mid-request is no
 * error of the service's and is logged at DEBUG, as {@link ProblemHandler} does for the same cause; anything else is
 * still logged at ERROR, as Reactor's default does.
 */
@Component
class DroppedErrors {

    private static final Logger log = LoggerFactory.getLogger(DroppedErrors.class);

    @PostConstruct
    void install() {
        Hooks.onErrorDropped(DroppedErrors::log);
    }

    @PreDestroy
    void uninstall() {
        Hooks.resetOnErrorDropped();
    }

    private static void log(Throwable error) {
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            log.debug("The client went away: {}", error.toString());
        } else {
            log.error("An error was dropped with nobody to receive it", error);
        }
    }
}
