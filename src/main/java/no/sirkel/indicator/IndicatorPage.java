package no.sirkel.indicator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Serves the public indicators page ({@code static/indicators.html}) at {@code /indicators}. */
@Configuration(proxyBeanMethods = false)
class IndicatorPage {

    @Bean
    RouterFunction<ServerResponse> indicatorsPage() {
        ClassPathResource page = new ClassPathResource("static/indicators.html");
        return RouterFunctions.route().GET("/indicators",
                request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page)).build();
    }
}
