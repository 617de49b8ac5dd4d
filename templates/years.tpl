{{%AUTOESCAPE context="HTML"}}<h1>{{T_YEARS_TITLE}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>
{{/NOTICE}}{{#ERRORS}}<div class="form-error" role="alert" id="error-summary"><p>{{T_YEAR_ERRORS_TITLE}}</p>
<ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>
{{/ERRORS}}<p class="lead">{{T_YEARS_INTRO}}</p>
<p><a href="/begroting/org">{{T_YEAR_ORG_LINK}}</a></p>
{{#NO_YEARS}}<p>{{T_YEAR_NOTHING}}</p>
{{/NO_YEARS}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-years"><table>
<caption id="cap-years">{{T_YEARS_CAPTION}}</caption>
<thead><tr><th scope="col">{{T_YEAR_COL_YEAR}}</th><th scope="col">{{T_YEAR_COL_STATE}}</th><th scope="col">{{T_YEAR_COL_ADOPTED_ON}}</th><th scope="col">{{T_YEAR_COL_PROGRAMMES}}</th><th scope="col">{{T_YEAR_COL_ACTION}}</th></tr></thead>
<tbody>
{{#YEAR_ROW}}<tr><th scope="row"><a href="/begroting/{{YEAR}}">{{YEAR}}</a></th><td>{{STATE}}</td><td>{{ADOPTED_ON}}</td><td>{{PROGRAMMES}}</td><td>{{#CAN_ADOPT}}<form method="post" action="/begroting/{{YEAR}}/state" class="inline" aria-labelledby="adopt-{{YEAR}}">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="to" value="adopted">
<label for="raadsbesluit-{{YEAR}}">{{T_YEAR_RAADSBESLUIT}} {{YEAR}}</label>
<input id="raadsbesluit-{{YEAR}}" name="raadsbesluit" type="date" required value="{{VALUE}}">
<button type="submit" id="adopt-{{YEAR}}">{{T_YEAR_ADOPT}} {{YEAR}}</button></form>{{/CAN_ADOPT}}{{#CAN_CLOSE}}<form method="post" action="/begroting/{{YEAR}}/state" class="inline" aria-labelledby="close-{{YEAR}}">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="to" value="closed">
<button type="submit" id="close-{{YEAR}}">{{T_YEAR_CLOSE}} {{YEAR}}</button></form>{{/CAN_CLOSE}}{{#NO_STEP}}{{T_YEAR_NOTHING}}{{/NO_STEP}}</td></tr>
{{/YEAR_ROW}}</tbody>
</table></div>
<section aria-labelledby="h-new-year">
<h2 id="h-new-year">{{T_YEAR_NEW}}</h2>
<form method="post" action="/begroting" class="stacked" aria-labelledby="h-new-year">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="new-year">{{T_YEAR_NEW_LABEL}}</label>
<input id="new-year" name="year" type="text" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" required value="{{NEW_YEAR}}" aria-describedby="new-year-hint">
<span class="hint" id="new-year-hint">{{T_YEAR_NEW_HINT}}</span></p>
<p><button type="submit">{{T_YEAR_CREATE}}</button></p>
</form>
</section>
