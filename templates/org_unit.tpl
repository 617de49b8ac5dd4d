{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/org">{{T_ORG_TITLE}}</a>{{#PARENT}} › <a href="/org/{{PARENT_ID}}">{{PARENT_NAME}}</a>{{/PARENT}}</p>
<h1>{{NAME}}</h1>
<dl class="facts">
<dt>{{T_KIND}}</dt><dd>{{KIND}}</dd>
<dt>{{T_MANAGER}}</dt><dd>{{MANAGER}}</dd>
{{#PARENT}}<dt>{{T_PART_OF}}</dt><dd><a href="/org/{{PARENT_ID}}">{{PARENT_NAME}}</a></dd>{{/PARENT}}
</dl>
{{#HAS_KIDS}}<section aria-labelledby="h-kids">
<h2 id="h-kids">{{T_SUBUNITS}}</h2>
<ul>
{{#KID}}<li><a href="/org/{{KID_ID}}">{{KID_NAME}}</a> <span class="kind">{{KID_KIND}}</span></li>
{{/KID}}</ul>
</section>{{/HAS_KIDS}}
<section aria-labelledby="h-perf">
<h2 id="h-perf">{{T_OWNED_PERFORMANCES}} ({{YEAR}})</h2>
{{#NO_PERFORMANCES}}<p>{{T_NO_PERFORMANCES}}</p>{{/NO_PERFORMANCES}}
{{#HAS_PERFORMANCES}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-perf"><table>
<caption id="cap-perf">{{T_OWNED_PERFORMANCES}} {{YEAR}}</caption>
<thead><tr><th scope="col">{{T_PERFORMANCE}}</th><th scope="col">{{T_PROGRAMME}}</th><th scope="col" class="num">{{T_BUDGET}}</th></tr></thead>
<tbody>
{{#PERFORMANCE}}<tr><th scope="row">{{PERF_NAME}}</th><td>{{PROGRAMME}}</td><td class="num">{{BUDGET}}</td></tr>
{{/PERFORMANCE}}</tbody>
</table></div>{{/HAS_PERFORMANCES}}
</section>
