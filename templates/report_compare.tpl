{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/reports">{{T_REPORTS_TITLE}}</a></p>
<h1 id="compare-title">{{T_REPORT_COMPARE}}: {{REPORT_TITLE}} ({{PERIOD}})</h1>
<form method="get" action="/reports/{{ID}}/compare" class="inline" aria-labelledby="compare-title">
{{#ERR_VERSION}}<p class="field-error" id="version-error">{{MSG}}</p>{{/ERR_VERSION}}
<label for="a">{{T_REPORT_COMPARE_A}}</label>
<select id="a" name="a">{{#OPT_A}}<option value="{{VERSION}}"{{#SELECTED}} selected{{/SELECTED}}>{{VERSION}} ({{PUBLISHED_AT}})</option>{{/OPT_A}}</select>
<label for="b">{{T_REPORT_COMPARE_B}}</label>
<select id="b" name="b">{{#OPT_B}}<option value="{{VERSION}}"{{#SELECTED}} selected{{/SELECTED}}>{{VERSION}} ({{PUBLISHED_AT}})</option>{{/OPT_B}}</select>
<button type="submit">{{T_REPORT_COMPARE_BUTTON}}</button>
</form>
{{#RESULT}}<h2>{{T_REPORT_CHANGES}}: {{T_REPORT_VERSION}} {{A}} → {{B}}</h2>
{{#NO_CHANGES}}<p>{{T_REPORT_NO_CHANGES}}</p>{{/NO_CHANGES}}
{{#HAS_CHANGES}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-changes"><table class="changes">
<caption id="cap-changes">{{T_REPORT_CHANGES}}</caption>
<thead><tr><th scope="col">{{T_REPORT_WHERE}}</th><th scope="col">{{T_REPORT_CHANGE_KIND}}</th><th scope="col">{{T_REPORT_FIELD}}</th><th scope="col">{{T_REPORT_OLD}}</th><th scope="col">{{T_REPORT_NEW_VALUE}}</th></tr></thead>
<tbody>
{{#CHANGE}}<tr class="change-{{KIND_KEY}}" data-field="{{FIELD_KEY}}"><th scope="row">{{WHERE}}</th><td>{{KIND}}</td><td>{{FIELD}}</td><td class="pre-line">{{OLD}}</td><td class="pre-line">{{NEW}}</td></tr>
{{/CHANGE}}</tbody>
</table></div>{{/HAS_CHANGES}}{{/RESULT}}
