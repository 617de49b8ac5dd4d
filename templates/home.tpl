{{%AUTOESCAPE context="HTML"}}<h1>{{T_APP_NAME}}</h1>
<p class="lead">{{T_HOME_INTRO}}</p>
<section aria-labelledby="h-years">
<h2 id="h-years">{{T_HOME_YEARS}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="h-years"><table>
<thead><tr><th scope="col">{{T_YEAR}}</th><th scope="col">{{T_STATE}}</th><th scope="col" class="num">{{T_PROGRAMME_COUNT}}</th></tr></thead>
<tbody>
{{#YEAR}}<tr><th scope="row"><a href="/programmes?year={{YEAR}}">{{YEAR}}</a></th><td>{{STATE}}</td><td class="num">{{PROGRAMMES}}</td></tr>
{{/YEAR}}</tbody>
</table></div>
</section>
<section aria-labelledby="h-periods">
<h2 id="h-periods">{{T_HOME_PERIODS}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="h-periods"><table>
<thead><tr><th scope="col">{{T_PERIOD}}</th><th scope="col">{{T_STATE}}</th><th scope="col">{{T_DEADLINE}}</th></tr></thead>
<tbody>
{{#PERIOD}}<tr><th scope="row">{{NAME}}</th><td><span class="period-{{STATE_KEY}}">{{STATE}}</span></td><td>{{DEADLINE}}</td></tr>
{{/PERIOD}}</tbody>
</table></div>
</section>
<p><a href="/org">{{T_HOME_ORG_LINK}}</a></p>
