package com.stretchkiosk.catalog.ui;

import com.stretchkiosk.base.StudioUser;

import com.stretchkiosk.base.Words;
import com.stretchkiosk.base.ui.MainLayout;
import com.stretchkiosk.base.ui.Touch;
import com.stretchkiosk.catalog.CatalogChangedException;
import com.stretchkiosk.catalog.CatalogRefusedException;
import com.stretchkiosk.catalog.CatalogService;
import com.stretchkiosk.catalog.MeasureUnit;
import com.stretchkiosk.catalog.Stretch;
import com.stretchkiosk.catalog.StretchDraft;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** For managers: the stretch catalog: add, edit (a stale edit is refused), retire (history stays). */
@Route(value = "manager/catalog", layout = MainLayout.class)
@RolesAllowed(StudioUser.MANAGER)
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogService catalog;
    private final Div editor = new Div();
    private final Div list = new Div();
    private final TextField name = new TextField();
    private final TextField group = new TextField();
    private final TextField position = new TextField();
    private final Checkbox sided = new Checkbox();
    private final IntegerField repetitions = new IntegerField();
    private final IntegerField hold = new IntegerField();
    private final ComboBox<MeasureUnit> unit = new ComboBox<>();
    private final IntegerField rangeMin = new IntegerField();
    private final IntegerField rangeMax = new IntegerField();
    private final TextArea steps = new TextArea();
    private final Div conflict = new Div();
    private final Map<StretchDraft.Field, HasValidation> fields = new EnumMap<>(StretchDraft.Field.class);
    private @Nullable Stretch editing;

    public CatalogView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("kiosk-catalog");
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        name.setLabel(getTranslation("catalog.field.name"));
        group.setLabel(getTranslation("catalog.field.group"));
        position.setLabel(getTranslation("catalog.field.position"));
        sided.setLabel(getTranslation("catalog.field.sided"));
        repetitions.setLabel(getTranslation("catalog.field.repetitions"));
        hold.setLabel(getTranslation("catalog.field.hold"));
        unit.setLabel(getTranslation("catalog.field.unit"));
        unit.setItems(Arrays.asList(MeasureUnit.values()));
        unit.setItemLabelGenerator(u -> getTranslation(Words.key("unit.", u)));
        rangeMin.setLabel(getTranslation("catalog.field.range-min"));
        rangeMax.setLabel(getTranslation("catalog.field.range-max"));
        steps.setLabel(getTranslation("catalog.field.steps"));
        steps.setHelperText(getTranslation("catalog.field.steps.helper"));
        fields.put(StretchDraft.Field.NAME, name);
        fields.put(StretchDraft.Field.GROUP, group);
        fields.put(StretchDraft.Field.POSITION, position);
        fields.put(StretchDraft.Field.REPETITIONS, repetitions);
        fields.put(StretchDraft.Field.HOLD, hold);
        fields.put(StretchDraft.Field.RANGE, rangeMax);
        fields.put(StretchDraft.Field.STEPS, steps);
        FormLayout form = new FormLayout(name, group, position, sided, repetitions, hold, unit, rangeMin, rangeMax, steps);
        form.setColspan(steps, 2);
        conflict.addClassName("kiosk-conflict");
        conflict.setVisible(false);
        Div actions = new Div(Touch.primary(getTranslation("catalog.save"), tap -> save()),
                Touch.secondary(getTranslation("client.cancel"), tap -> editor.setVisible(false)));
        actions.addClassName("kiosk-actions");
        editor.add(new H2(getTranslation("catalog.editor")), conflict, form, actions);
        editor.addClassName("kiosk-briefing-section");
        editor.setVisible(false);
        add(new H1(getTranslation("catalog.title")), Touch.primary(getTranslation("catalog.new"), tap -> edit(null)), editor, list);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }

    private void show() {
        list.removeAll();
        for (Stretch stretch : catalog.allStretches()) {
            Span title = new Span(stretch.name());
            title.addClassName("kiosk-therapist-name");
            Span facts = new Span(stretch.groupName() + " · " + stretch.position() + " · "
                    + getTranslation("catalog.summary", stretch.repetitions(), stretch.holdSeconds(),
                            getTranslation(Words.key("unit.", stretch.unit())), stretch.rangeMin(), stretch.rangeMax())
                    + (stretch.retired() ? " · " + getTranslation("catalog.retired") : ""));
            facts.addClassName("kiosk-therapist-status");
            Div actions = new Div(Touch.secondary(getTranslation("catalog.edit"), tap -> edit(stretch)),
                    Touch.secondary(getTranslation(stretch.retired() ? "catalog.restore" : "catalog.retire"), tap -> {
                        catalog.retire(stretch.id(), !stretch.retired());
                        show();
                    }));
            actions.addClassName("kiosk-actions");
            Div row = new Div(title, facts, actions);
            row.addClassName("kiosk-therapist-row");
            list.add(row);
        }
    }

    private void edit(@Nullable Stretch stretch) {
        editing = stretch;
        conflict.setVisible(false);
        fields.values().forEach(field -> Touch.showProblem(field, null));
        fill(stretch == null ? new StretchDraft("", "", "", false, 1, 30, MeasureUnit.DEGREES, 0, 90, List.of())
                : StretchDraft.of(stretch));
        editor.setVisible(true);
    }

    private void fill(StretchDraft draft) {
        name.setValue(draft.name() == null ? "" : draft.name());
        group.setValue(draft.groupName() == null ? "" : draft.groupName());
        position.setValue(draft.position() == null ? "" : draft.position());
        sided.setValue(draft.sided());
        repetitions.setValue(draft.repetitions());
        hold.setValue(draft.holdSeconds());
        unit.setValue(draft.unit());
        rangeMin.setValue(draft.rangeMin());
        rangeMax.setValue(draft.rangeMax());
        steps.setValue(String.join("\n", draft.steps()));
    }

    private StretchDraft draft() {
        return new StretchDraft(name.getValue(), group.getValue(), position.getValue(), sided.getValue(),
                value(repetitions), value(hold), unit.getValue() == null ? MeasureUnit.DEGREES : unit.getValue(),
                value(rangeMin), value(rangeMax), Arrays.asList(steps.getValue().split("\\R")));
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? Integer.MIN_VALUE / 2 : field.getValue();
    }

    private void save() {
        fields.values().forEach(field -> Touch.showProblem(field, null));
        try {
            Stretch saved = catalog.save(editing == null ? null : editing.id(), editing == null ? 0 : editing.version(), draft());
            Touch.saved(getTranslation("catalog.saved", saved.name()));
            editor.setVisible(false);
            show();
        } catch (CatalogRefusedException refused) {
            refused.problems().forEach((field, problem) -> Touch.showProblem(java.util.Objects.requireNonNull(fields.get(field)), problem));
        } catch (CatalogChangedException changed) {
            Stretch theirs = changed.current();
            conflict.removeAll();
            conflict.add(new Paragraph(getTranslation("catalog.conflict")),
                    Touch.primary(getTranslation("client.conflict.keep-mine"), tap -> {
                        editing = theirs;
                        conflict.setVisible(false);
                        save();
                    }),
                    Touch.secondary(getTranslation("client.conflict.take-theirs"), tap -> edit(theirs)));
            conflict.setVisible(true);
        }
    }
}
