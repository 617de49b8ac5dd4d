{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/dashboard?period={{PERIOD_Q}}">{{T_DASH_TITLE}} {{PERIOD}}</a> · <a href="/org/{{ID}}">{{T_ORG_UNIT}}</a></p>
<h1>{{T_ORGDASH_TITLE}}: {{NAME}}</h1>
<form class="inline" method="get" action="/dashboard/org/{{ID}}" aria-labelledby="period-label">
<label for="period" id="period-label">{{T_DASH_PERIOD}}</label>
<select id="period" name="period">{{#PERIOD_OPTION}}<option value="{{OPTION}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION}}</option>{{/PERIOD_OPTION}}</select>
<button type="submit">{{T_SHOW}}</button>
</form>
{{#APPROVAL_ALL}}{{#PROVISIONAL}}<p class="provisional" id="approval" data-unapproved="{{DATA_UNAPPROVED}}" data-figures="{{DATA_FIGURES}}"><strong>{{T_PROV_WORD}}</strong>: {{N_UNAPPROVED}} {{T_PROV_OF}} {{N_FIGURES}} {{T_PROV_NOT_APPROVED}}. {{T_PROV_EXPLAIN}}</p>{{/PROVISIONAL}}{{#APPROVED}}<p class="approved" id="approval" data-unapproved="0" data-figures="{{DATA_FIGURES}}">{{T_PROV_ALL_APPROVED}}</p>{{/APPROVED}}{{/APPROVAL_ALL}}
<section aria-labelledby="total">
<h2 id="total">{{T_ORGDASH_TOTAL}}</h2>
{{#NO_TOTAL}}<p>{{T_STATUS_NO_DATA}}</p>{{/NO_TOTAL}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-total"><table class="dash" id="total-table">
<caption id="cap-total">{{T_ORGDASH_TOTAL}}: {{NAME}}</caption>
<thead><tr><th scope="col">{{T_DASH_PERIOD}}</th><th scope="col">{{T_STATUS}}</th><th scope="col" class="num">{{T_INDICATOR_COUNT}}</th><th scope="col" class="num">{{T_STATUS_ON_TRACK}}</th><th scope="col" class="num">{{T_STATUS_AT_RISK}}</th><th scope="col" class="num">{{T_STATUS_OFF_TRACK}}</th><th scope="col" class="num">{{T_BUDGET_TO_DATE}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_DEVIATION}}</th><th scope="col" class="num">{{T_DEVIATION_PCT}}</th></tr></thead>
<tbody>
{{#TOTAL}}<tr data-unit-total="{{NODE_ID}}" data-status="{{#ST}}{{STATUS}}{{/ST}}"><th scope="row">{{PERIOD}}{{#FIN}}{{#PARTIAL}} <span class="meta lines-reported" data-lines="{{N_LINES}}" data-lines-reported="{{N_REPORTED}}">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/PARTIAL}}{{#NOT_REPORTED}} <span class="meta lines-reported" data-lines="{{N_LINES}}" data-lines-reported="{{N_REPORTED}}">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/NOT_REPORTED}}{{/FIN}}</th><td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td><td class="num">{{N_INDICATORS}}</td><td class="num">{{N_ON_TRACK}}</td><td class="num">{{N_AT_RISK}}</td><td class="num">{{N_OFF_TRACK}}</td>{{#FIN}}<td class="num" data-cents="{{BUDGET_CENTS}}" data-field="budget">{{BUDGET}}</td><td class="num" data-cents="{{REALISED_CENTS}}" data-field="realised">{{REALISED}}</td><td class="num">{{DEV}}</td><td class="num">{{DEV_PCT}}</td>{{/FIN}}</tr>
{{/TOTAL}}{{#TOTAL_PREV}}<tr class="yoy"><th scope="row">{{PREV_PERIOD}}</th><td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td><td class="num">{{N_INDICATORS}}</td><td class="num">{{N_ON_TRACK}}</td><td class="num">{{N_AT_RISK}}</td><td class="num">{{N_OFF_TRACK}}</td>{{#FIN}}<td class="num">{{BUDGET}}</td><td class="num" data-cents="{{REALISED_CENTS}}" data-field="prev_realised">{{REALISED}}</td><td class="num">{{DEV}}</td><td class="num">{{DEV_PCT}}</td>{{/FIN}}</tr>
{{/TOTAL_PREV}}</tbody>
</table></div>
</section>
<section aria-labelledby="own">
<h2 id="own">{{T_ORGDASH_OWN}}</h2>
{{#NO_OWN}}<p>{{T_NO_PERFORMANCES}}</p>{{/NO_OWN}}
{{#HAS_OWN}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-own"><table class="dash" id="own-table">
<caption id="cap-own">{{T_ORGDASH_OWN}}: {{NAME}} {{PERIOD}}</caption>
<thead><tr><th scope="col">{{T_PERFORMANCE}}</th><th scope="col">{{T_STATUS}}</th><th scope="col" class="num">{{T_INDICATOR_COUNT}}</th><th scope="col" class="num">{{T_BUDGET_TO_DATE}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_DEVIATION}}</th><th scope="col" class="num">{{T_DEVIATION_PCT}}</th></tr></thead>
<tbody>
{{#OWN}}<tr><th scope="row"><a href="/dashboard/programmes/{{PROGRAMME_ID}}?period={{PERIOD_Q}}">{{PROGRAMME_NUMBER}}.{{EFFECT_NUMBER}}.{{PERF_NUMBER}} {{PERF_NAME}}</a></th><td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td><td class="num">{{N_INDICATORS}}</td>{{#NO_COST}}<td class="num" colspan="4">{{T_NO_COST}}</td>{{/NO_COST}}{{#FIN}}<td class="num">{{BUDGET}}</td><td class="num">{{REALISED}}</td><td class="num">{{DEV}}</td><td class="num">{{DEV_PCT}}</td>{{/FIN}}</tr>
{{/OWN}}</tbody>
</table></div>{{/HAS_OWN}}
</section>
<section aria-labelledby="children">
<h2 id="children">{{T_ORGDASH_CHILDREN}}</h2>
{{#NO_CHILDREN}}<p>{{T_ORGDASH_NO_CHILDREN}}</p>{{/NO_CHILDREN}}
{{#HAS_CHILDREN}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-children"><table class="dash" id="children-table">
<caption id="cap-children">{{T_ORGDASH_CHILDREN}}: {{NAME}} {{PERIOD}}</caption>
<thead><tr><th scope="col">{{T_ORG_UNIT}}</th><th scope="col">{{T_STATUS}}</th><th scope="col" class="num">{{T_INDICATOR_COUNT}}</th><th scope="col" class="num">{{T_STATUS_ON_TRACK}}</th><th scope="col" class="num">{{T_STATUS_AT_RISK}}</th><th scope="col" class="num">{{T_STATUS_OFF_TRACK}}</th><th scope="col" class="num">{{T_BUDGET_TO_DATE}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_DEVIATION}}</th><th scope="col" class="num">{{T_DEVIATION_PCT}}</th></tr></thead>
<tbody>
{{#CHILD}}<tr data-child="{{NODE_ID}}"><th scope="row"><a href="/dashboard/org/{{NODE_ID}}?period={{PERIOD_Q}}">{{NODE_NAME}}</a>{{#FIN}}{{#PARTIAL}} <span class="meta lines-reported" data-lines="{{N_LINES}}" data-lines-reported="{{N_REPORTED}}">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/PARTIAL}}{{#NOT_REPORTED}} <span class="meta lines-reported" data-lines="{{N_LINES}}" data-lines-reported="{{N_REPORTED}}">({{N_REPORTED}} {{T_LINES_OF}} {{N_LINES}} {{T_LINES_REPORTED}})</span>{{/NOT_REPORTED}}{{/FIN}}</th><td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td><td class="num">{{N_INDICATORS}}</td><td class="num">{{N_ON_TRACK}}</td><td class="num">{{N_AT_RISK}}</td><td class="num">{{N_OFF_TRACK}}</td>{{#FIN}}<td class="num" data-cents="{{BUDGET_CENTS}}" data-field="budget">{{BUDGET}}</td><td class="num">{{REALISED}}</td><td class="num">{{DEV}}</td><td class="num">{{DEV_PCT}}</td>{{/FIN}}</tr>
{{/CHILD}}</tbody>
</table></div>{{/HAS_CHILDREN}}
</section>
