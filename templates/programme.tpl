{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/programmes?year={{YEAR}}">{{T_PROGRAMMES_OF_YEAR}} {{YEAR}}</a></p>
<h1>{{T_PROGRAMME}} {{NUMBER}}. {{NAME}}</h1>
<dl class="facts">
<dt>{{T_PORTFOLIO_HOLDER}}</dt><dd>{{PORTFOLIO_HOLDER}}</dd>
<dt>{{T_DIRECTIE}}</dt><dd><a href="/org/{{DIRECTIE_ID}}">{{DIRECTIE}}</a></dd>
<dt>{{T_BUDGET}} {{YEAR}}</dt><dd>{{TOTAL_BUDGET}}</dd>
</dl>
<section aria-labelledby="w1">
<h2 id="w1">1. {{T_W1}}</h2>
<p class="lead">{{AMBITION}}</p>
{{#EFFECT}}<section class="effect" aria-labelledby="e{{EFFECT_ID}}">
<h3 id="e{{EFFECT_ID}}">{{T_EFFECT}} {{EFFECT_NUMBER}}: {{EFFECT_NAME}}</h3>
<p>{{EFFECT_DESCRIPTION}}</p>
{{#NO_EFFECT_INDICATORS}}<p>{{T_NO_INDICATORS}}</p>{{/NO_EFFECT_INDICATORS}}
{{#HAS_EFFECT_INDICATORS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-e{{EFFECT_ID}}"><table>
<caption id="cap-e{{EFFECT_ID}}">{{T_EFFECT_INDICATORS}}: {{EFFECT_NAME}}</caption>
<thead><tr><th scope="col">{{T_INDICATOR}}</th><th scope="col">{{T_UNIT_OF_MEASURE}}</th><th scope="col">{{T_DIRECTION}}</th><th scope="col" class="num">{{T_BASELINE}}</th><th scope="col" class="num">{{T_YEAR_TARGET}}</th></tr></thead>
<tbody>
{{#EFFECT_INDICATOR}}{{>INDICATOR_ROW}}{{/EFFECT_INDICATOR}}
</tbody>
</table></div>{{/HAS_EFFECT_INDICATORS}}
</section>
{{/EFFECT}}
</section>
<section aria-labelledby="w2">
<h2 id="w2">2. {{T_W2}}</h2>
{{#W2_TEXT}}<p class="lead">{{TEXT}}</p>{{/W2_TEXT}}
{{#PERFORMANCE}}<section class="performance" aria-labelledby="p{{PERF_ID}}">
<h3 id="p{{PERF_ID}}">{{T_PERFORMANCE}} {{EFFECT_NUMBER}}.{{PERF_NUMBER}}: {{PERF_NAME}}</h3>
<p>{{PERF_DESCRIPTION}}</p>
<p class="meta">{{T_OWNER}}: <a href="/org/{{OWNER_ID}}">{{OWNER}}</a> · {{T_EFFECT}}: {{EFFECT_NAME}}</p>
{{#NO_PERF_INDICATORS}}<p>{{T_NO_INDICATORS}}</p>{{/NO_PERF_INDICATORS}}
{{#HAS_PERF_INDICATORS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-p{{PERF_ID}}"><table>
<caption id="cap-p{{PERF_ID}}">{{T_INDICATORS}}: {{PERF_NAME}}</caption>
<thead><tr><th scope="col">{{T_INDICATOR}}</th><th scope="col">{{T_UNIT_OF_MEASURE}}</th><th scope="col">{{T_DIRECTION}}</th><th scope="col" class="num">{{T_BASELINE}}</th><th scope="col" class="num">{{T_YEAR_TARGET}}</th></tr></thead>
<tbody>
{{#PERF_INDICATOR}}{{>INDICATOR_ROW}}{{/PERF_INDICATOR}}
</tbody>
</table></div>{{/HAS_PERF_INDICATORS}}
</section>
{{/PERFORMANCE}}
</section>
<section aria-labelledby="w3">
<h2 id="w3">3. {{T_W3}}</h2>
{{#W3_TEXT}}<p class="lead">{{TEXT}}</p>{{/W3_TEXT}}
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-budget"><table>
<caption id="cap-budget">{{T_BUDGET_PER_PERFORMANCE}} {{YEAR}}</caption>
<thead><tr><th scope="col">{{T_PERFORMANCE}}</th><th scope="col">{{T_OWNER}}</th><th scope="col" class="num">{{T_BUDGET}}</th></tr></thead>
<tbody>
{{#BUDGET_ROW}}<tr><th scope="row">{{EFFECT_NUMBER}}.{{PERF_NUMBER}} {{PERF_NAME}}</th><td>{{OWNER}}</td><td class="num">{{BUDGET}}</td></tr>
{{/BUDGET_ROW}}</tbody>
<tfoot><tr><th scope="row" colspan="2">{{T_TOTAL}}</th><td class="num">{{TOTAL_BUDGET}}</td></tr></tfoot>
</table></div>
</section>
