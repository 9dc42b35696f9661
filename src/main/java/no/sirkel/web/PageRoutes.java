package no.sirkel.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the web pages beside the map at paths without {@code .html}: the public indicators page at
 * {@code /indicators} and the companies' deliveries page at {@code /deliveries}.
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

    private static final Map<String, String> PAGES = Map.of(
            "/indicators", "static/indicators.html",
            "/deliveries", "static/deliveries.html");

    @Bean
    RouterFunction<ServerResponse> pages() {
        RouterFunctions.Builder routes = RouterFunctions.route();
        PAGES.forEach((path, resource) -> {
            ClassPathResource page = new ClassPathResource(resource);
            routes.GET(path, request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page));
        });
        return routes.build();
    }
}
