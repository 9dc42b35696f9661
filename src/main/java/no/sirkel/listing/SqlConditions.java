package no.sirkel.listing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SQL conditions to be joined by {@code and}, each with the values it binds: what a search filters by. */
final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> binds = new HashMap<>();

    /** Adds a condition that binds nothing. */
    SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition and the value of its parameter {@code :name}. */
    SqlConditions add(String condition, String name, Object value) {
        binds.put(name, value);
        return add(condition);
    }

    /** Binds one more value, for a condition added with the others it uses. */
    SqlConditions bind(String name, Object value) {
        binds.put(name, value);
        return this;
    }

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** {@code " and c1 and c2 ..."}, to follow a condition already written; empty where there are none. */
    String andAll() {
        return conditions.stream().map(condition -> " and " + condition).reduce("", String::concat);
    }

    Map<String, Object> binds() {
        return binds;
    }
}
