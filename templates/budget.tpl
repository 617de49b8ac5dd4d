{{%AUTOESCAPE context="HTML"}}<h1>{{T_BUDGET_TITLE}} {{YEAR}}</h1>
<p id="year-state">{{T_BUDGET_YEAR_STATE}}: <strong data-state="{{STATE}}">{{STATE}}</strong>. {{STATE_HINT}}</p>
<p><a href="/begroting/{{YEAR}}/amendments">{{T_AMEND_TITLE}} {{YEAR}}</a></p>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>
{{/NOTICE}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-budget-totals"><table class="dash" id="budget-totals">
<caption id="cap-budget-totals">{{T_BUDGET_TOTALS_CAPTION}} {{YEAR}}</caption>
<thead><tr><th scope="col">{{T_BUDGET_PROGRAMME}}</th><th scope="col" class="num">{{T_BUDGET_LASTEN_H}}: {{T_BUDGET_PRIMITIEF}}</th><th scope="col" class="num">{{T_BUDGET_LASTEN_H}}: {{T_BUDGET_ACTUEEL}}</th><th scope="col" class="num">{{T_BUDGET_BATEN_H}}: {{T_BUDGET_PRIMITIEF}}</th><th scope="col" class="num">{{T_BUDGET_BATEN_H}}: {{T_BUDGET_ACTUEEL}}</th><th scope="col" class="num">{{T_BUDGET_SALDO}}: {{T_BUDGET_PRIMITIEF}}</th><th scope="col" class="num">{{T_BUDGET_SALDO}}: {{T_BUDGET_ACTUEEL}}</th></tr></thead>
<tbody>
{{#TOTAL_ROW}}<tr data-programme="{{PROGRAMME_ID}}"><th scope="row"><a href="/dashboard/programmes/{{PROGRAMME_ID}}">{{T_BUDGET_PROGRAMME}} {{NUMBER}}</a></th><td class="num">{{LP}}</td><td class="num">{{LA}}</td><td class="num">{{BP}}</td><td class="num">{{BA}}</td><td class="num">{{SP}}</td><td class="num">{{SA}}</td></tr>
{{/TOTAL_ROW}}</tbody>
<tfoot><tr><th scope="row">{{T_BUDGET_TOTAL}}</th><td class="num">{{TOT_LP}}</td><td class="num">{{TOT_LA}}</td><td class="num">{{TOT_BP}}</td><td class="num">{{TOT_BA}}</td><td class="num">{{TOT_SP}}</td><td class="num">{{TOT_SA}}</td></tr></tfoot>
</table></div>
<p class="hint">{{T_BUDGET_SALDO_HINT}}</p>
<h2 id="h-lines">{{T_BUDGET_LINES}}</h2>
{{#NO_LINES}}<p>{{T_BUDGET_NO_LINES}}</p>
{{/NO_LINES}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-budget-lines"><table class="dash" id="budget-lines">
<caption id="cap-budget-lines">{{T_BUDGET_LINES_CAPTION}} {{YEAR}}</caption>
<thead><tr><th scope="col">{{T_BUDGET_PERFORMANCE}}</th><th scope="col">{{T_BUDGET_UNIT}}</th><th scope="col">{{T_BUDGET_KIND}}</th><th scope="col">{{T_BUDGET_RECURRENCE}}</th><th scope="col">{{T_BUDGET_TAAKVELD}}</th><th scope="col">{{T_BUDGET_DESCRIPTION}}</th><th scope="col" class="num">{{T_BUDGET_PRIMITIEF}}</th><th scope="col" class="num">{{T_BUDGET_ACTUEEL}}</th><th scope="col" class="num">{{Y1}}</th><th scope="col" class="num">{{Y2}}</th><th scope="col" class="num">{{Y3}}</th></tr></thead>
<tbody>
{{#LINE_ROW}}<tr id="line-{{ID}}" data-line="{{ID}}"><th scope="row"><a href="/begroting/{{YEAR}}/lines/{{ID}}">{{PN}}.{{EN}}.{{FN}} {{PERFORMANCE}}</a></th><td>{{UNIT}}</td><td>{{KIND}}</td><td>{{REC}}</td><td><abbr title="{{TAAKVELD_NAME}}">{{TAAKVELD}}</abbr></td><td>{{DESCRIPTION}}</td><td class="num">{{PRIMITIEF}}</td><td class="num">{{ACTUEEL}}{{#AMENDED}} <span class="hint">({{T_BUDGET_CHANGE}})</span>{{/AMENDED}}</td><td class="num">{{R1}}</td><td class="num">{{R2}}</td><td class="num">{{R3}}</td></tr>
{{/LINE_ROW}}</tbody>
</table></div>
{{#PAGE_ERROR}}<p class="form-error" role="alert" id="form-error">{{MESSAGE}}</p>
{{/PAGE_ERROR}}{{#CONCEPT}}<section aria-labelledby="h-add">
<h2 id="h-add">{{T_BUDGET_ADD}}</h2>
{{#FORM_ERROR}}<p class="form-error" role="alert" id="form-error">{{MESSAGE}}</p>
{{/FORM_ERROR}}<form method="post" action="/begroting/{{YEAR}}/budget" class="stacked" aria-labelledby="h-add">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="performance_id">{{T_BUDGET_PERFORMANCE}}</label>
<select id="performance_id" name="performance_id" required>
{{#PERF_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/PERF_OPTION}}</select></p>
<p><label for="org_unit_id">{{T_BUDGET_UNIT}}</label>
<select id="org_unit_id" name="org_unit_id">
<option value="">{{T_BUDGET_UNIT_OWNER}}</option>
{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/UNIT_OPTION}}</select></p>
<p><label for="kind">{{T_BUDGET_KIND}}</label>
<select id="kind" name="kind">
{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/KIND_OPTION}}</select></p>
<p><label for="recurrence">{{T_BUDGET_RECURRENCE}}</label>
<select id="recurrence" name="recurrence">
{{#REC_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/REC_OPTION}}</select></p>
<p><label for="taakveld">{{T_BUDGET_TAAKVELD}}</label>
<select id="taakveld" name="taakveld" required>
{{#TV_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/TV_OPTION}}</select></p>
<p><label for="description">{{T_BUDGET_DESCRIPTION}}</label>
<input id="description" name="description" type="text" maxlength="500" value="{{F_DESCRIPTION}}"></p>
<p><label for="amount">{{T_BUDGET_AMOUNT}}</label>
<input id="amount" name="amount" type="text" inputmode="decimal" required maxlength="40" value="{{F_AMOUNT}}" aria-describedby="amount-hint">
<span class="hint" id="amount-hint">{{T_BUDGET_AMOUNT_HINT}}</span></p>
<fieldset aria-describedby="raming-hint"><legend>{{T_BUDGET_RAMING}}</legend>
<p class="hint" id="raming-hint">{{T_BUDGET_RAMING_HINT}}</p>
<p><label for="raming1">{{Y1}}</label> <input id="raming1" name="raming1" type="text" inputmode="decimal" maxlength="40" value="{{F_RAMING1}}"></p>
<p><label for="raming2">{{Y2}}</label> <input id="raming2" name="raming2" type="text" inputmode="decimal" maxlength="40" value="{{F_RAMING2}}"></p>
<p><label for="raming3">{{Y3}}</label> <input id="raming3" name="raming3" type="text" inputmode="decimal" maxlength="40" value="{{F_RAMING3}}"></p>
</fieldset>
<p><button type="submit">{{T_BUDGET_ADD}}</button></p>
</form>
</section>{{/CONCEPT}}
