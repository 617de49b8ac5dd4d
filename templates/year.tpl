{{%AUTOESCAPE context="HTML"}}<h1>{{T_YEAR_TITLE}} {{YEAR}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>
{{/NOTICE}}{{#ERRORS}}<div class="form-error" role="alert" id="error-summary"><p>{{T_YEAR_ERRORS_TITLE}}</p>
<ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>
{{/ERRORS}}<dl class="facts">
<dt>{{T_YEAR_COL_STATE}}</dt><dd>{{STATE}}</dd>
<dt>{{T_YEAR_COL_ADOPTED_ON}}</dt><dd>{{ADOPTED_ON}}</dd>
</dl>
{{#DRAFT}}<p>{{T_YEAR_DRAFT_NOTE}}</p>{{/DRAFT}}{{#FIXED}}<p>{{T_YEAR_FIXED_NOTE}}</p>{{/FIXED}}
{{#MAY_ORG}}<nav aria-labelledby="h-year-parts"><h2 id="h-year-parts">{{T_YEAR_PARTS}}</h2><ul>
<li><a href="/begroting/{{YEAR}}/programmes">{{T_YEAR_PROGRAMMES_LINK}}</a></li>
<li><a href="/begroting/{{YEAR}}/budget">{{T_YEAR_BUDGET_LINK}}</a></li>
<li><a href="/begroting/{{YEAR}}/amendments">{{T_YEAR_AMENDMENTS_LINK}}</a></li>
<li><a href="/begroting/org?year={{YEAR}}">{{T_YEAR_ORG_LINK}}</a></li>
</ul></nav>
{{/MAY_ORG}}<section aria-labelledby="h-quarters">
<h2 id="h-quarters">{{T_YEAR_QUARTERS}}</h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-quarters"><table>
<caption id="cap-quarters">{{T_YEAR_QUARTERS_CAPTION}}</caption>
<thead><tr><th scope="col">{{T_YEAR_COL_QUARTER}}</th><th scope="col">{{T_YEAR_COL_STATE}}</th><th scope="col">{{T_YEAR_COL_SUBMISSION}}</th><th scope="col">{{T_YEAR_COL_REVIEW}}</th></tr></thead>
<tbody>
{{#QUARTER}}<tr><th scope="row">{{NAME}}</th><td>{{PSTATE}}</td>{{#CLOSED}}<td>{{DEADLINE}}</td><td>{{REVIEW}} <span class="hint">{{T_YEAR_DEADLINES_FIXED}}</span></td>{{/CLOSED}}{{#EDIT}}<td colspan="2"><form method="post" action="/periods/{{NAME}}/deadlines" class="inline" aria-labelledby="save-{{NAME}}">
<input type="hidden" name="csrf" value="{{CSRF}}">
<label for="sub-{{NAME}}">{{T_YEAR_COL_SUBMISSION}} {{NAME}}</label>
<input id="sub-{{NAME}}" name="submission" type="date" required value="{{SUB}}">
<label for="rev-{{NAME}}">{{T_YEAR_COL_REVIEW}} {{NAME}}</label>
<input id="rev-{{NAME}}" name="review" type="date" required value="{{REV}}">
<button type="submit" id="save-{{NAME}}">{{T_YEAR_DEADLINES_SAVE}} {{NAME}}</button></form></td>{{/EDIT}}</tr>
{{/QUARTER}}</tbody>
</table></div>
</section>
<p><a href="/begroting">{{T_YEAR_BACK}}</a></p>
