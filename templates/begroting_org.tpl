{{%AUTOESCAPE context="HTML"}}<h1>{{T_ORGTREE_TITLE}} {{YEAR}}</h1>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>
{{/NOTICE}}{{#ERRORS}}<div class="form-error" role="alert" id="error-summary"><p>{{T_YEAR_ERRORS_TITLE}}</p>
<ul>{{#ERROR}}<li><a href="#{{FIELD}}">{{MESSAGE}}</a></li>{{/ERROR}}</ul></div>
{{/ERRORS}}<p class="lead">{{T_ORGTREE_INTRO}}</p>
<p>{{T_ORGTREE_ROLES_NOTE}}</p>
<form method="get" action="/begroting/org" class="inline" aria-labelledby="org-year-show">
<label for="org-year">{{T_ORGTREE_YEAR_LABEL}}</label>
<select id="org-year" name="year">
{{#YEAR_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}} ({{STATE}})</option>
{{/YEAR_OPTION}}</select>
<button type="submit" id="org-year-show">{{T_ORGTREE_SHOW}}</button>
</form>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-orgtree"><table>
<caption id="cap-orgtree">{{T_ORGTREE_CAPTION}} {{YEAR}}</caption>
<thead><tr><th scope="col">{{T_ORGTREE_COL_UNIT}}</th><th scope="col">{{T_ORGTREE_COL_CODE}}</th><th scope="col">{{T_ORGTREE_COL_KIND}}</th><th scope="col">{{T_ORGTREE_COL_VALID}}</th></tr></thead>
<tbody>
{{#UNIT_ROW}}<tr><th scope="row">{{INDENT}}<a href="/org/{{ID}}?year={{YEAR}}">{{NAME}}</a></th><td>{{CODE}}</td><td>{{KIND}}</td><td>{{VALID}}</td></tr>
{{/UNIT_ROW}}</tbody>
</table></div>
{{#F_CREATE}}<section aria-labelledby="h-create">
<h2 id="h-create">{{T_ORGTREE_CREATE}}</h2>
<form method="post" action="/begroting/org/create" class="stacked" aria-labelledby="h-create">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="year" value="{{YEAR}}">
<p>{{T_ORGTREE_AS_OF}} {{YEAR}}</p>
<p><label for="create-parent">{{T_ORGTREE_F_PARENT}}</label>
<select id="create-parent" name="parent">
{{#PARENT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/PARENT_OPTION}}</select></p>
<p><label for="create-kind">{{T_ORGTREE_F_KIND}}</label>
<select id="create-kind" name="kind">
<option value="directie"{{#KIND_DIRECTIE}} selected{{/KIND_DIRECTIE}}>{{T_KIND_DIRECTIE}}</option>
<option value="afdeling"{{#KIND_AFDELING}} selected{{/KIND_AFDELING}}>{{T_KIND_AFDELING}}</option>
<option value="team"{{#KIND_TEAM}} selected{{/KIND_TEAM}}>{{T_KIND_TEAM}}</option>
</select></p>
<p><label for="create-code">{{T_ORGTREE_F_CODE}}</label>
<input id="create-code" name="code" type="text" maxlength="16" required value="{{V_CODE}}" aria-describedby="create-code-hint">
<span class="hint" id="create-code-hint">{{T_ORGTREE_F_CODE_HINT}}</span></p>
<p><label for="create-name">{{T_ORGTREE_F_NAME}}</label>
<input id="create-name" name="name" type="text" maxlength="200" required value="{{V_NAME}}"></p>
<p><button type="submit">{{T_ORGTREE_CREATE}}</button></p>
</form>
</section>
{{/F_CREATE}}{{#F_RENAME}}<section aria-labelledby="h-rename">
<h2 id="h-rename">{{T_ORGTREE_RENAME}}</h2>
<form method="post" action="/begroting/org/rename" class="stacked" aria-labelledby="h-rename">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="year" value="{{YEAR}}">
<p>{{T_ORGTREE_AS_OF}} {{YEAR}}</p>
<p><label for="rename-unit">{{T_ORGTREE_F_UNIT}}</label>
<select id="rename-unit" name="unit">
{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/UNIT_OPTION}}</select></p>
<p><label for="rename-name">{{T_ORGTREE_F_NEW_NAME}}</label>
<input id="rename-name" name="name" type="text" maxlength="200" required value="{{V_NAME}}"></p>
<p><button type="submit">{{T_ORGTREE_RENAME}}</button></p>
</form>
</section>
{{/F_RENAME}}{{#F_MOVE}}<section aria-labelledby="h-move">
<h2 id="h-move">{{T_ORGTREE_MOVE}}</h2>
<form method="post" action="/begroting/org/move" class="stacked" aria-labelledby="h-move">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="year" value="{{YEAR}}">
<p>{{T_ORGTREE_AS_OF}} {{YEAR}}</p>
<p><label for="move-unit">{{T_ORGTREE_F_UNIT}}</label>
<select id="move-unit" name="unit">
{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/UNIT_OPTION}}</select></p>
<p><label for="move-parent">{{T_ORGTREE_F_PARENT}}</label>
<select id="move-parent" name="parent">
{{#PARENT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/PARENT_OPTION}}</select></p>
<p><button type="submit">{{T_ORGTREE_MOVE}}</button></p>
</form>
</section>
{{/F_MOVE}}{{#F_MERGE}}<section aria-labelledby="h-merge">
<h2 id="h-merge">{{T_ORGTREE_MERGE}}</h2>
<form method="post" action="/begroting/org/merge" class="stacked" aria-labelledby="h-merge">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="year" value="{{YEAR}}">
<p>{{T_ORGTREE_AS_OF}} {{YEAR}}</p>
<p><label for="merge-unit">{{T_ORGTREE_F_UNIT}}</label>
<select id="merge-unit" name="unit">
{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/UNIT_OPTION}}</select></p>
<p><label for="merge-other">{{T_ORGTREE_F_OTHER}}</label>
<select id="merge-other" name="other">
{{#OTHER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/OTHER_OPTION}}</select></p>
<p><label for="merge-code">{{T_ORGTREE_F_CODE}}</label>
<input id="merge-code" name="code" type="text" maxlength="16" required value="{{V_CODE}}" aria-describedby="merge-code-hint">
<span class="hint" id="merge-code-hint">{{T_ORGTREE_F_CODE_HINT}}</span></p>
<p><label for="merge-name">{{T_ORGTREE_F_NAME}}</label>
<input id="merge-name" name="name" type="text" maxlength="200" required value="{{V_NAME}}"></p>
<p><button type="submit">{{T_ORGTREE_MERGE}}</button></p>
</form>
</section>
{{/F_MERGE}}{{#F_END}}<section aria-labelledby="h-end">
<h2 id="h-end">{{T_ORGTREE_END}}</h2>
<form method="post" action="/begroting/org/end" class="stacked" aria-labelledby="h-end">
<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="year" value="{{YEAR}}">
<p>{{T_ORGTREE_AS_OF}} {{YEAR}}</p>
<p><label for="end-unit">{{T_ORGTREE_F_UNIT}}</label>
<select id="end-unit" name="unit">
{{#UNIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{TEXT}}</option>
{{/UNIT_OPTION}}</select></p>
<p><button type="submit">{{T_ORGTREE_END}}</button></p>
</form>
</section>
{{/F_END}}<p><a href="/begroting">{{T_YEAR_BACK}}</a></p>
