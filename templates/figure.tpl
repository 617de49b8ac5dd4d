{{%AUTOESCAPE context="HTML"}}<h1>{{IND_NAME}}</h1>
<dl class="facts">
<dt>{{T_ORG_UNIT}}</dt><dd><a href="/entry/{{UNIT_ID}}/{{PERIOD}}">{{UNIT_NAME}}</a></dd>
<dt>{{T_PERIOD}}</dt><dd>{{PERIOD}}</dd>
<dt>{{T_REALISED}}</dt><dd>{{VALUE}} {{IND_UNIT}}</dd>
<dt>{{T_FORECAST}}</dt><dd>{{FORECAST}}</dd>
<dt>{{T_EXPLANATION}}</dt><dd>{{EXPLANATION}}</dd>
<dt>{{T_MEASURE}}</dt><dd>{{MEASURE}}</dd>
<dt>{{T_FIGURE_VERSION}}</dt><dd>{{VERSION}}</dd>
</dl>
<p><a href="/indicators/{{IND_ID}}">{{T_FIGURE_INDICATOR}}</a></p>
<h2>{{T_FIGURE_HISTORY}}</h2>
{{#NO_HISTORY}}<p>{{T_FIGURE_NO_HISTORY}}</p>{{/NO_HISTORY}}
{{#HAS_HISTORY}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-history"><table>
<caption id="cap-history">{{T_FIGURE_HISTORY}}</caption>
<thead><tr><th scope="col">{{T_FIGURE_WHEN}}</th><th scope="col">{{T_FIGURE_WHO}}</th><th scope="col">{{T_FIGURE_WHAT}}</th><th scope="col">{{T_FIGURE_CHANGES}}</th></tr></thead>
<tbody>
{{#EVENT}}<tr><th scope="row">{{AT}}</th><td>{{WHO}}</td><td>{{ACTION}}</td><td><ul class="changes">{{#CHANGE}}<li>{{FIELD}}: {{OLD}} &rarr; {{NEW}}</li>{{/CHANGE}}</ul></td></tr>
{{/EVENT}}</tbody>
</table></div>{{/HAS_HISTORY}}
