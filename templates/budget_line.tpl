{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/begroting/{{YEAR}}/budget">{{T_BUDGET_TITLE}} {{YEAR}}</a></p>
<h1>{{T_BUDGET_LINE}} {{ID}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>
{{/NOTICE}}<dl class="facts">
<dt>{{T_BUDGET_PROGRAMME}}</dt><dd>{{PN}}. {{PROGRAMME}}</dd>
<dt>{{T_BUDGET_PERFORMANCE}}</dt><dd>{{PN}}.{{EN}}.{{FN}} {{PERFORMANCE}}</dd>
<dt>{{T_BUDGET_UNIT}}</dt><dd>{{UNIT}}</dd>
<dt>{{T_BUDGET_KIND}}</dt><dd>{{KIND}}</dd>
<dt>{{T_BUDGET_RECURRENCE}}</dt><dd>{{REC}}</dd>
<dt>{{T_BUDGET_TAAKVELD}}</dt><dd>{{TAAKVELD}} {{TAAKVELD_NAME}}</dd>
<dt>{{T_BUDGET_DESCRIPTION}}</dt><dd>{{DESCRIPTION}}</dd>
<dt>{{T_BUDGET_PRIMITIEF}}</dt><dd id="primitief">{{PRIMITIEF}}</dd>
<dt>{{T_BUDGET_ACTUEEL}}</dt><dd id="actueel">{{ACTUEEL}}</dd>
<dt>{{T_BUDGET_RAMING}}</dt><dd>{{Y1}}: {{R1}}; {{Y2}}: {{R2}}; {{Y3}}: {{R3}}</dd>
</dl>
<h2 id="h-history">{{T_BUDGET_HISTORY}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-history"><table class="dash" id="line-history">
<caption id="cap-history">{{T_BUDGET_HISTORY_CAPTION}}</caption>
<thead><tr><th scope="col">{{T_AMEND_ONE}}</th><th scope="col">{{T_AMEND_DATE}}</th><th scope="col" class="num">{{T_BUDGET_CHANGE}}</th><th scope="col" class="num">{{T_BUDGET_ACTUEEL}}</th></tr></thead>
<tbody>
<tr><th scope="row">{{T_BUDGET_PRIMITIEF}}</th><td>—</td><td class="num">—</td><td class="num">{{PRIMITIEF}}</td></tr>
{{#HISTORY}}<tr><th scope="row"><a href="/begroting/{{YEAR}}/amendments/{{AMENDMENT_ID}}">{{T_AMEND_ONE}} {{NUMBER}}</a></th><td>{{DATE}}</td><td class="num">{{DELTA}}</td><td class="num">{{RUNNING}}</td></tr>
{{/HISTORY}}</tbody>
<tfoot><tr><th scope="row">{{T_BUDGET_ACTUEEL}}</th><td></td><td></td><td class="num">{{ACTUEEL}}</td></tr></tfoot>
</table></div>
<p>{{T_BUDGET_YEAR_STATE}}: <strong>{{STATE}}</strong>. {{STATE_HINT}}</p>
{{#PAGE_ERROR}}<p class="form-error" role="alert" id="form-error">{{MESSAGE}}</p>
{{/PAGE_ERROR}}{{#CONCEPT}}<section aria-labelledby="h-edit">
<h2 id="h-edit">{{T_BUDGET_EDIT}}</h2>
{{#FORM_ERROR}}<p class="form-error" role="alert" id="form-error">{{MESSAGE}}</p>
{{/FORM_ERROR}}<form method="post" action="/begroting/{{YEAR}}/lines/{{ID}}" class="stacked" aria-labelledby="h-edit">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="version" value="{{VERSION}}">
<p><label for="performance_id">{{T_BUDGET_PERFORMANCE}}</label>
<select id="performance_id" name="performance_id" disabled>
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
<p><button type="submit">{{T_BUDGET_SAVE}}</button></p>
</form>
</section>{{/CONCEPT}}
