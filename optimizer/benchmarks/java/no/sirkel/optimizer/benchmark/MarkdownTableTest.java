package no.sirkel.optimizer.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void padsEveryColumnToItsWidestCell() {
        MarkdownTable table = new MarkdownTable(List.of("problem", "cost"));
        table.add(List.of("fctp-low-50x100", "1,234"));
        assertThat(table.render()).isEqualTo("""
                | problem         | cost  |
                | --------------- | ----- |
                | fctp-low-50x100 | 1,234 |
                """);
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        MarkdownTable table = new MarkdownTable(List.of("a", "b"));
        assertThatThrownBy(() -> table.add(List.of("only one"))).isInstanceOf(IllegalArgumentException.class);
    }
}
