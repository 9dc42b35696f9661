package no.sirkel.security;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import org.springframework.web.server.ServerWebExchange;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/**
 * Lets controller methods take the authenticated {@link Caller} as a parameter; the OpenAPI description leaves it out,
 * since it is resolved from the bearer token, not sent by clients.
 */
@Configuration(proxyBeanMethods = false)
class CallerArgumentResolver implements HandlerMethodArgumentResolver, WebFluxConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        Object caller = exchange.getAttribute(BearerAuthentication.CALLER_ATTRIBUTE);
        return caller != null ? Mono.just(caller)
                : Mono.error(ApiException.unauthorized("auth.tokenMissing"));
    }
}
