{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/begroting/{{YEAR}}/programmes">{{T_ST_PROGRAMMES_TITLE}} {{YEAR}}</a> · <a href="/begroting/{{YEAR}}/programmes/{{PROGRAMME_ID}}">{{T_PROGRAMME}}</a></p>
<h1>{{T_INDICATOR}} <span class="code">{{CODE}}</span> {{NAME}}</h1>
{{#LOCKED}}<div class="notice" role="note"><p>{{T_ST_ERR_LOCKED}}</p></div>
{{/LOCKED}}{{#NOTICE}}<div class="notice" role="status"><p>{{T_ST_SAVED}}</p></div>
{{/NOTICE}}{{#PROBLEM}}<div class="problem" role="alert" id="problem"><h2>{{T_ST_PROBLEM}}</h2><p>{{MESSAGE}}</p>
{{#HAS_LINKS}}<ul>{{#ERRLINK}}<li><a href="{{HREF}}">{{LABEL}}: {{MSG}}</a></li>{{/ERRLINK}}</ul>{{/HAS_LINKS}}</div>
{{/PROBLEM}}{{#EDIT_FORM}}<section aria-labelledby="h-i">
<h2 id="h-i">{{T_ST_INDICATOR_DATA}}</h2>
{{>FORM}}
</section>{{/EDIT_FORM}}
{{#CAN_DELETE}}<form method="post" action="/begroting/{{YEAR}}/indicators/{{ID}}/delete" class="inline">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{T_ST_DELETE_INDICATOR}}</button></p>
</form>{{/CAN_DELETE}}
<section aria-labelledby="h-units">
<h2 id="h-units">{{T_ST_UNITS}}</h2>
{{#NO_UNITS}}<p>{{T_ST_NO_UNITS}}</p>{{/NO_UNITS}}
{{#HAS_UNITS}}<ul>{{#UNIT}}<li>{{UNAME}} ({{UCODE}}){{#CAN_REMOVE}} <form method="post" action="/begroting/{{YEAR}}/indicators/{{ID}}/units/remove" class="inline">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="org_unit_id" value="{{UID}}">
<button type="submit">{{T_ST_REMOVE_UNIT}}<span class="visually-hidden">: {{UNAME}}</span></button></form>{{/CAN_REMOVE}}</li>
{{/UNIT}}</ul>{{/HAS_UNITS}}
{{#EDITABLE}}<h3 id="h-u">{{T_ST_ADD_UNIT}}</h3>
<form method="post" action="/begroting/{{YEAR}}/indicators/{{ID}}/units" class="stacked" novalidate aria-labelledby="h-u">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p class="field{{#UBAD}} field-bad{{/UBAD}}"><label for="u-org_unit_id">{{T_ST_UNIT_REPORTING}}</label>
{{#UERR}}<span class="field-error" id="u-org_unit_id-err">{{MSG}}</span>
{{/UERR}}<select id="u-org_unit_id" name="org_unit_id"{{#UERR}} aria-invalid="true" aria-describedby="u-org_unit_id-err"{{/UERR}}>
<option value=""></option>
{{#UOPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/UOPTION}}</select></p>
<p><button type="submit">{{T_ST_ADD_UNIT}}</button></p>
</form>
{{/EDITABLE}}</section>
{{#EDITABLE}}{{#TARGETS}}<section aria-labelledby="h-t">
<h2 id="h-t">{{T_ST_TARGETS}} {{YEAR}}</h2>
<p class="hint" id="t-hint">{{T_ST_TARGETS_HINT}} {{T_ST_DECIMALS}}: {{DECIMALS}}.</p>
<form method="post" action="/begroting/{{YEAR}}/indicators/{{ID}}/targets" novalidate aria-labelledby="h-t">
<input type="hidden" name="csrf" value="{{CSRF}}">
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-t"><table>
<caption id="cap-t">{{T_ST_TARGETS}} {{YEAR}}</caption>
<thead><tr><th scope="col">{{T_ST_UNIT_REPORTING}}</th>{{#QHEAD}}<th scope="col">{{Q}}</th>{{/QHEAD}}</tr></thead>
<tbody>
{{#TROW}}<tr><th scope="row">{{UNAME}}</th>{{#CELL}}<td>{{#NA}}<span aria-hidden="true">—</span><span class="visually-hidden">{{T_ST_NA}}</span>{{/NA}}{{#INPUT}}<label class="visually-hidden" for="{{CID}}">{{CLABEL}}</label>{{#ERR}}<span class="field-error" id="{{CID}}-err">{{MSG}}</span>{{/ERR}}<input id="{{CID}}" name="{{CID}}" type="text" inputmode="decimal" size="10" value="{{VALUE}}" aria-describedby="t-hint{{#ERR}} {{CID}}-err{{/ERR}}"{{#ERR}} aria-invalid="true"{{/ERR}}>{{/INPUT}}</td>{{/CELL}}</tr>
{{/TROW}}</tbody>
</table></div>
<p><button type="submit">{{T_ST_SAVE_TARGETS}}</button></p>
</form>
</section>{{/TARGETS}}{{/EDITABLE}}
