{{%AUTOESCAPE context="HTML"}}<h1>{{T_PROGRAMMES_OF_YEAR}} {{YEAR}}</h1>
<form class="inline" method="get" action="/programmes" aria-labelledby="year-label">
<label for="year" id="year-label">{{T_YEAR}}</label>
<select id="year" name="year">
{{#YEAR_OPTION}}<option value="{{YEAR}}"{{#SELECTED}} selected{{/SELECTED}}>{{YEAR}}</option>
{{/YEAR_OPTION}}</select>
<button type="submit">{{T_SHOW}}</button>
</form>
{{#NO_PROGRAMMES}}<p>{{T_NO_PROGRAMMES}}</p>{{/NO_PROGRAMMES}}
{{#HAS_PROGRAMMES}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-programmes"><table>
<caption id="cap-programmes">{{T_PROGRAMMES_OF_YEAR}} {{YEAR}}</caption>
<thead><tr><th scope="col" class="num">{{T_NUMBER}}</th><th scope="col">{{T_PROGRAMME}}</th><th scope="col">{{T_PORTFOLIO_HOLDER}}</th><th scope="col">{{T_DIRECTIE}}</th><th scope="col" class="num">{{T_BUDGET}}</th></tr></thead>
<tbody>
{{#PROGRAMME}}<tr><td class="num">{{NUMBER}}</td><th scope="row"><a href="/programmes/{{ID}}">{{NAME}}</a></th><td>{{PORTFOLIO_HOLDER}}</td><td>{{DIRECTIE}}</td><td class="num">{{BUDGET}}</td></tr>
{{/PROGRAMME}}</tbody>
<tfoot><tr><th scope="row" colspan="4">{{T_TOTAL}}</th><td class="num">{{TOTAL_BUDGET}}</td></tr></tfoot>
</table></div>{{/HAS_PROGRAMMES}}
