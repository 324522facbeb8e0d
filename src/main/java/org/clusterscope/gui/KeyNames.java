package org.clusterscope.gui;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Menu accelerators shown with the platform's key names. JavaFX spells a key without a
 * character from its enum constant ({@code BACK_SPACE} becomes "Back Space"); the keyboard and
 * every other program say "Backspace", which is {@link KeyCode#getName()}.
 */
final class KeyNames {

    private KeyNames() {
    }

    /** Gives {@code item}'s accelerator, if JavaFX would misname its key, the platform's name. */
    static void fix(MenuItem item) {
        if (item.getAccelerator() instanceof KeyCodeCombination combination) {
            String shown = combination.getDisplayText();
            String enumWords = enumWords(combination.getCode());
            if (shown.endsWith(enumWords) && !enumWords.equals(combination.getCode().getName())) {
                String named = shown.substring(0, shown.length() - enumWords.length()) + combination.getCode().getName();
                item.setAccelerator(new Named(combination, named));
            }
        }
    }

    private static String enumWords(KeyCode code) {
        return Arrays.stream(code.name().split("_"))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }

    /** A key combination that matches as {@code base} does and shows {@code text}. */
    private static final class Named extends KeyCombination {
        private final KeyCodeCombination base;
        private final String text;

        Named(KeyCodeCombination base, String text) {
            super(base.getShift(), base.getControl(), base.getAlt(), base.getMeta(), base.getShortcut());
            this.base = base;
            this.text = text;
        }

        @Override
        public boolean match(KeyEvent event) {
            return base.match(event);
        }

        @Override
        public String getDisplayText() {
            return text;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Named named && named.base.equals(base);
        }

        @Override
        public int hashCode() {
            return base.hashCode();
        }
    }
}
