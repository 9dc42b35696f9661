package no.sirkel.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * Refuses a query parameter that the operation does not take (400 naming it, the ones it takes listed in the detail),
 * so that a misspelt filter is never ignored silently ({@code ?q=leire} on an operation without {@code q} would
 * otherwise answer with everything). Every handler of the service is checked before it runs: the names it takes are
 * read once from its signature, its {@code @RequestParam}s and the record components (or bean properties) of its
 * query objects ({@code @ModelAttribute}, {@code @ParameterObject}). A handler that takes the whole query as a map
 * (where the names depend on the request, as an OGC collection's queryables do) checks it itself with
 * {@link #requireKnown}, when it reads the map.
 */
@ControllerAdvice(basePackages = "no.sirkel")
public final class UnknownQueryParameters {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** By handler: the names it takes, or empty where it takes the whole query as a map. */
    private final Map<Method, Optional<Set<String>>> accepted = new ConcurrentHashMap<>();

    /** Runs before every handler of the service, as model attribute methods of an advice do. */
    @ModelAttribute
    void refuseUnknown(ServerWebExchange exchange) {
        if (exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
            accepted.computeIfAbsent(handler.getMethod(), method -> acceptedNames(handler))
                    .ifPresent(names -> requireKnown(exchange.getRequest().getQueryParams().keySet(), names));
        }
    }

    /**
     * Refuses the request where a parameter given is not among those known.
     *
     * @param given the names of the query parameters the request carries
     * @param known the names the operation takes, in the order to list them
     * @throws ApiException 400 naming each unknown parameter
     */
    public static void requireKnown(Collection<String> given, Collection<String> known) {
        List<String> unknown = given.stream().filter(name -> !known.contains(name)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        String names = String.join(", ", unknown.stream().map(name -> "'" + name + "'").toList());
        Text takes = known.isEmpty() ? Text.of("detail.operationTakesNone")
                : Text.of("detail.operationTakes", String.join(", ", known));
        Text detail = Text.of(unknown.size() == 1 ? "detail.unknownParameter" : "detail.unknownParameters", names,
                takes);
        throw new ApiException(HttpStatus.BAD_REQUEST, Text.of("title.badRequest"), detail, unknown.stream()
                .map(name -> new ApiException.FieldError(name, "field.unknownParameter"))
                .toList());
    }

    /** The query parameter names the handler takes, or empty where it takes the whole query as a map. */
    static Optional<Set<String>> acceptedNames(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null && Map.class.isAssignableFrom(parameter.getParameterType())) {
                return Optional.empty();
            }
            if (requestParam != null) {
                names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
                    || parameter.hasParameterAnnotation(ParameterObject.class)) {
                names.addAll(boundNames(parameter.getParameterType()));
            }
        }
        return Optional.of(Collections.unmodifiableSet(names));
    }

    /** The names data binding fills a query object from: its constructor's parameters and its writable properties. */
    private static Set<String> boundNames(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
        String[] parameterNames = BeanUtils.getParameterNames(constructor);
        for (int i = 0; i < parameterNames.length; i++) {
            BindParam bindParam = MethodParameter.forExecutable(constructor, i).getParameterAnnotation(BindParam.class);
            names.add(bindParam != null ? bindParam.value() : parameterNames[i]);
        }
        for (var property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                names.add(property.getName());
            }
        }
        return names;
    }
}
