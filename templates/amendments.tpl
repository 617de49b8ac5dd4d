{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/begroting/{{YEAR}}/budget">{{T_BUDGET_TITLE}} {{YEAR}}</a></p>
<h1>{{T_AMEND_TITLE}} {{YEAR}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>
{{/NOTICE}}{{#NONE}}<p>{{T_AMEND_NONE}}</p>
{{/NONE}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-amendments"><table class="dash" id="amendments">
<caption id="cap-amendments">{{T_AMEND_CAPTION}}</caption>
<thead><tr><th scope="col">{{T_AMEND_NUMBER}}</th><th scope="col">{{T_AMEND_DATE}}</th><th scope="col">{{T_AMEND_DESCRIPTION}}</th><th scope="col" class="num">{{T_AMEND_LASTEN_DELTA}}</th><th scope="col" class="num">{{T_AMEND_BATEN_DELTA}}</th></tr></thead>
<tbody>
{{#AMENDMENT_ROW}}<tr data-amendment="{{ID}}"><th scope="row"><a href="/begroting/{{YEAR}}/amendments/{{ID}}">{{T_AMEND_ONE}} {{NUMBER}}</a></th><td>{{DATE}}</td><td>{{DESCRIPTION}}</td><td class="num">{{LASTEN}}</td><td class="num">{{BATEN}}</td></tr>
{{/AMENDMENT_ROW}}</tbody>
</table></div>
{{#PAGE_ERROR}}<p class="form-error" role="alert" id="form-error">{{MESSAGE}}</p>
{{/PAGE_ERROR}}{{#NOT_ADOPTED}}<p>{{T_AMEND_ONLY_ADOPTED}}</p>
{{/NOT_ADOPTED}}{{#ADOPTED}}<section aria-labelledby="h-new">
<h2 id="h-new">{{T_AMEND_NEW}}</h2>
{{#FORM_ERROR}}<p class="form-error" role="alert" id="form-error">{{#HAS_ROW}}{{T_AMEND_ROW}} {{ROW}}: {{/HAS_ROW}}{{MESSAGE}}</p>
{{/FORM_ERROR}}<form class="inline" method="get" action="/begroting/{{YEAR}}/amendments#h-new" aria-labelledby="prog-filter-label">
<label for="programme-filter" id="prog-filter-label">{{T_AMEND_FILTER}}</label>
<select id="programme-filter" name="programme">{{#ALL_OPTION}}<option value="">{{T_AMEND_FILTER_ALL}}</option>{{/ALL_OPTION}}
{{#PROG_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{T_BUDGET_PROGRAMME}} {{NUMBER}}</option>
{{/PROG_OPTION}}</select>
<button type="submit">{{T_AMEND_FILTER_SHOW}}</button>
</form>
<form method="post" action="/begroting/{{YEAR}}/amendments" class="stacked" aria-labelledby="h-new">
<input type="hidden" name="csrf" value="{{CSRF}}">
<input type="hidden" name="programme" value="{{PROGRAMME_FILTER}}">
<p><label for="decided_on">{{T_AMEND_DATE}}</label>
<input id="decided_on" name="decided_on" type="text" required maxlength="10" value="{{F_DATE}}" aria-describedby="date-hint" placeholder="2014-07-03">
<span class="hint" id="date-hint">{{T_AMEND_DATE_HINT}}</span></p>
<p><label for="description">{{T_AMEND_DESCRIPTION}}</label>
<textarea id="description" name="description" required maxlength="2000" rows="3">{{F_DESCRIPTION}}</textarea></p>
<fieldset aria-describedby="delta-hint"><legend>{{T_AMEND_CHANGES}}</legend>
<p class="hint" id="delta-hint">{{T_AMEND_DELTA_HINT}}</p>
{{#CHANGE_ROW}}<p><label for="line{{ROW}}">{{T_AMEND_ROW}} {{ROW}}: {{T_BUDGET_LINE}}</label>
<select id="line{{ROW}}" name="line{{ROW}}"><option value="">{{T_AMEND_SELECT_LINE}}</option>
{{#LINE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/LINE_OPTION}}</select>
<label for="delta{{ROW}}">{{T_AMEND_ROW}} {{ROW}}: {{T_AMEND_DELTA}}</label>
<input id="delta{{ROW}}" name="delta{{ROW}}" type="text" inputmode="decimal" maxlength="40" value="{{F_DELTA}}"></p>
{{/CHANGE_ROW}}</fieldset>
<p><button type="submit">{{T_AMEND_CREATE}}</button></p>
</form>
</section>{{/ADOPTED}}
