{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/dashboard?period={{PERIOD_Q}}">{{T_DASH_TITLE}} {{PERIOD}}</a></p>
<h1>{{T_DRILL_TITLE}}: {{CODE}} {{IND_NAME}}</h1>
<form class="inline" method="get" action="/dashboard/indicators/{{IND_ID}}" aria-labelledby="period-label">
<label for="period" id="period-label">{{T_DASH_PERIOD}}</label>
<select id="period" name="period">{{#PERIOD_OPTION}}<option value="{{OPTION}}"{{#SELECTED}} selected{{/SELECTED}}>{{OPTION}}</option>{{/PERIOD_OPTION}}</select>
<button type="submit">{{T_SHOW}}</button>
</form>
{{#APPROVAL_ALL}}{{#PROVISIONAL}}<p class="provisional" id="approval" data-unapproved="{{DATA_UNAPPROVED}}" data-figures="{{DATA_FIGURES}}"><strong>{{T_PROV_WORD}}</strong>: {{N_UNAPPROVED}} {{T_PROV_OF}} {{N_FIGURES}} {{T_PROV_NOT_APPROVED}}. {{T_PROV_EXPLAIN}}</p>{{/PROVISIONAL}}{{#APPROVED}}<p class="approved" id="approval" data-unapproved="0" data-figures="{{DATA_FIGURES}}">{{T_PROV_ALL_APPROVED}}</p>{{/APPROVED}}{{/APPROVAL_ALL}}
<dl class="facts">
<dt>{{T_UNIT_OF_MEASURE}}</dt><dd>{{UNIT}}</dd>
<dt>{{T_AGGREGATION}}</dt><dd>{{AGGREGATION}}{{#CUMULATIVE}}, {{T_CUMULATIVE}}{{/CUMULATIVE}}</dd>
{{#WHOLE}}<dt>{{T_WHOLE}}</dt><dd id="whole" data-value="{{VALUE_RAW}}">{{VALUE}} ({{T_TARGET}} {{TARGET}}) {{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</dd>{{/WHOLE}}
</dl>
<p>{{T_DRILL_INTRO}}</p>
<section aria-labelledby="tree">
<h2 id="tree">{{T_DRILL_TREE}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-nodes"><table class="dash" id="node-table">
<caption id="cap-nodes">{{T_DRILL_TREE}}: {{CODE}} {{PERIOD}}</caption>
<thead><tr><th scope="col">{{T_ORG_UNIT}}</th><th scope="col">{{T_KIND}}</th><th scope="col" class="num">{{T_REALISED}}</th>{{#IS_RATIO}}<th scope="col" class="num">{{T_NUMERATOR}}</th><th scope="col" class="num">{{T_DENOMINATOR}}</th>{{/IS_RATIO}}<th scope="col" class="num">{{T_TARGET}}</th><th scope="col">{{T_STATUS}}</th><th scope="col" class="num">{{T_FIGURES_USED}}</th></tr></thead>
<tbody>
{{#NODE}}<tr data-node="{{NODE_ID}}" data-depth="{{DEPTH}}" data-value="{{VALUE_RAW}}"><th scope="row" class="tree-{{DEPTH}}"><a href="/dashboard/org/{{NODE_ID}}?period={{PERIOD_Q}}">{{NODE_NAME}}</a></th><td>{{KIND}}</td><td class="num">{{VALUE}}</td>{{#IS_RATIO_ROW}}<td class="num">{{NUM}}</td><td class="num">{{DEN}}</td>{{/IS_RATIO_ROW}}<td class="num">{{TARGET}}</td><td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td><td class="num">{{N_USED}}</td></tr>
{{/NODE}}</tbody>
</table></div>
</section>
<section aria-labelledby="figures">
<h2 id="figures">{{T_DRILL_FIGURES}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-figures"><table class="dash" id="figure-table">
<caption id="cap-figures">{{T_DRILL_FIGURES}}: {{CODE}} {{PERIOD}}</caption>
<thead><tr><th scope="col">{{T_ORG_UNIT}}</th><th scope="col">{{T_DASH_PERIOD}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_NUMERATOR}}</th><th scope="col" class="num">{{T_DENOMINATOR}}</th><th scope="col" class="num">{{T_WEIGHT}}</th><th scope="col" class="num">{{T_TARGET}}</th><th scope="col" class="num">{{T_FORECAST}}</th><th scope="col">{{T_EXPLANATION}}</th><th scope="col">{{T_MEASURE}}</th></tr></thead>
<tbody>
{{#FIGURE}}<tr data-figure-unit="{{UNIT_ID}}" data-quarter="{{QUARTER}}" data-value="{{VALUE_RAW}}"><th scope="row">{{UNIT_NAME}}</th><td>Q{{QUARTER}}</td><td class="num">{{VALUE}}</td><td class="num">{{NUM}}</td><td class="num">{{DEN}}</td><td class="num">{{WEIGHT}}</td><td class="num">{{TARGET}}</td><td class="num">{{FORECAST}}</td><td>{{EXPLANATION}}</td><td>{{MEASURE}}</td></tr>
{{/FIGURE}}</tbody>
</table></div>
</section>
<section aria-labelledby="trendline">
<h2 id="trendline">{{T_DRILL_TREND}}</h2>
<figure class="chart">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 220" role="img" aria-labelledby="trend-title trend-desc" class="chart-svg">
<title id="trend-title">{{T_DRILL_TREND}}: {{CODE}} {{IND_NAME}}</title>
<desc id="trend-desc">{{T_DRILL_TREND_DESC}}</desc>
<text x="0" y="24" class="chart-label">{{AXIS_HI}}</text><text x="0" y="194" class="chart-label">{{AXIS_LO}}</text>
<line x1="70" y1="190" x2="630" y2="190" stroke="#4a4a4a" stroke-width="1"></line>
{{#TREND_Q}}<text x="{{X}}" y="212" text-anchor="middle" class="chart-label">{{QUARTER}}</text>
{{/TREND_Q}}<polyline class="line-target" points="{{#TARGET_PT}}{{X}},{{Y}} {{/TARGET_PT}}"></polyline>
<polyline class="line-value" points="{{#VALUE_PT}}{{X}},{{Y}} {{/VALUE_PT}}"></polyline>
{{#VALUE_PT}}<circle cx="{{X}}" cy="{{Y}}" r="5" class="dot-value"></circle>
{{/VALUE_PT}}</svg>
<figcaption>{{T_DRILL_TREND_SUMMARY}}</figcaption>
</figure>
<details>
<summary>{{T_CHART_DATA}}: {{T_DRILL_TREND}}</summary>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-trend-data"><table>
<caption id="cap-trend-data">{{T_DRILL_TREND}}: {{CODE}}</caption>
<thead><tr><th scope="col">{{T_DASH_PERIOD}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_TARGET}}</th><th scope="col">{{T_STATUS}}</th></tr></thead>
<tbody>
{{#TREND_Q}}<tr><th scope="row">{{QUARTER}}</th><td class="num">{{VALUE}}</td><td class="num">{{TARGET}}</td><td>{{#ST}}<span class="status {{STATUS_CLASS}}"><span aria-hidden="true">{{STATUS_ICON}}</span> {{STATUS_WORD}}</span>{{/ST}}</td></tr>
{{/TREND_Q}}</tbody>
</table></div>
</details>
</section>
