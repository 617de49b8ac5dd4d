{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/begroting/{{YEAR}}/budget">{{T_BUDGET_TITLE}} {{YEAR}}</a> › <a href="/begroting/{{YEAR}}/amendments">{{T_AMEND_TITLE}} {{YEAR}}</a></p>
<h1>{{T_AMEND_ONE}} {{NUMBER}} ({{YEAR}})</h1>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>
{{/NOTICE}}<dl class="facts">
<dt>{{T_AMEND_DATE}}</dt><dd>{{DATE}}</dd>
<dt>{{T_AMEND_DESCRIPTION}}</dt><dd>{{DESCRIPTION}}</dd>
<dt>{{T_AMEND_LASTEN_DELTA}}</dt><dd>{{LASTEN}}</dd>
<dt>{{T_AMEND_BATEN_DELTA}}</dt><dd>{{BATEN}}</dd>
</dl>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-changes"><table class="dash" id="amendment-changes">
<caption id="cap-changes">{{T_AMEND_CHANGES}}</caption>
<thead><tr><th scope="col">{{T_BUDGET_LINE}}</th><th scope="col">{{T_BUDGET_PERFORMANCE}}</th><th scope="col">{{T_BUDGET_KIND}}</th><th scope="col">{{T_BUDGET_TAAKVELD}}</th><th scope="col" class="num">{{T_BUDGET_CHANGE}}</th></tr></thead>
<tbody>
{{#CHANGE}}<tr><th scope="row"><a href="/begroting/{{YEAR}}/lines/{{LINE_ID}}">{{LINE_ID}}</a></th><td>{{PN}}. {{PERFORMANCE}}</td><td>{{KIND}}</td><td>{{TAAKVELD}}</td><td class="num">{{DELTA}}</td></tr>
{{/CHANGE}}</tbody>
</table></div>
