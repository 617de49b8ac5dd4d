{{%AUTOESCAPE context="HTML"}}<h1>{{IND_NAME}}</h1>
<dl class="facts">
<dt>{{T_UNIT_OF_MEASURE}}</dt><dd>{{IND_UNIT}}</dd>
<dt>{{T_DIRECTION}}</dt><dd><span aria-hidden="true">{{IND_DIRECTION_ARROW}}</span> {{IND_DIRECTION}}</dd>
<dt>{{T_BASELINE}}</dt><dd>{{IND_BASELINE}}{{#IND_BASELINE_YEAR}} ({{YEAR}}){{/IND_BASELINE_YEAR}}</dd>
<dt>{{T_SOURCE}}</dt><dd>{{IND_SOURCE}}</dd>
</dl>
{{#NO_FIGURES}}<p>{{T_NO_FIGURES}}</p>{{/NO_FIGURES}}
{{#HAS_FIGURES}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-figures"><table>
<caption id="cap-figures">{{T_FIGURES}}: {{IND_NAME}}</caption>
<thead><tr><th scope="col">{{T_PERIOD}}</th><th scope="col">{{T_ORG_UNIT}}</th><th scope="col" class="num">{{T_REALISED}}</th><th scope="col" class="num">{{T_FORECAST}}</th><th scope="col">{{T_EXPLANATION}}</th><th scope="col">{{T_MEASURE}}</th></tr></thead>
<tbody>
{{#FIGURE}}<tr><th scope="row">{{PERIOD}}</th><td><a href="/org/{{UNIT_ID}}">{{UNIT_NAME}}</a></td><td class="num">{{VALUE}}</td><td class="num">{{FORECAST}}</td><td>{{EXPLANATION}}</td><td>{{MEASURE}}</td></tr>
{{/FIGURE}}</tbody>
</table></div>{{/HAS_FIGURES}}
