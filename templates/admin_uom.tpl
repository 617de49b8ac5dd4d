{{%AUTOESCAPE context="HTML"}}<h1>{{T_UOM_TITLE}}</h1>
<p>{{T_UOM_INTRO}}</p>
{{#NOTICE}}<p class="notice" role="status">{{MESSAGE}}</p>
{{/NOTICE}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-uom"><table id="uom-table">
<caption id="cap-uom">{{T_UOM_CAPTION}}</caption>
<thead><tr><th scope="col">{{T_UOM_CODE}}</th><th scope="col">{{T_UOM_NAME_NL}}</th><th scope="col">{{T_UOM_NAME_EN}}</th><th scope="col">{{T_UOM_SYMBOL}}</th><th scope="col">{{T_UOM_EXAMPLE}}</th></tr></thead>
<tbody>
{{#UOM}}<tr data-uom="{{CODE}}"><th scope="row">{{CODE}}</th><td>{{NAME_NL}}</td><td>{{NAME_EN}}</td><td>{{SYMBOL}}</td><td>{{EXAMPLE_ONE}}; {{EXAMPLE_MANY}}</td></tr>
{{/UOM}}</tbody>
</table></div>
<section aria-labelledby="h-new">
<h2 id="h-new">{{T_UOM_NEW}}</h2>
{{#NEW}}{{#FORM_ERROR}}<p class="form-error" role="alert" id="uom-new-error">{{MESSAGE}}</p>
{{/FORM_ERROR}}<form method="post" action="/admin/units-of-measure" class="stacked" aria-labelledby="h-new">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><label for="new-code">{{T_UOM_CODE}}</label>
<input id="new-code" name="code" type="text" required maxlength="16" pattern="[A-Za-z0-9%_\-]{1,16}" value="{{CODE}}" aria-describedby="new-code-hint">
<span class="hint" id="new-code-hint">{{T_UOM_CODE_HINT}}</span></p>
<p><label for="new-name_nl">{{T_UOM_NAME_NL}}</label> <input id="new-name_nl" name="name_nl" type="text" required maxlength="40" value="{{NAME_NL}}"></p>
<p><label for="new-name_en">{{T_UOM_NAME_EN}}</label> <input id="new-name_en" name="name_en" type="text" required maxlength="40" value="{{NAME_EN}}"></p>
<p><label for="new-symbol">{{T_UOM_SYMBOL}}</label> <input id="new-symbol" name="symbol" type="text" maxlength="40" value="{{SYMBOL}}" aria-describedby="new-words-hint"></p>
<p><label for="new-one_nl">{{T_UOM_ONE_NL}}</label> <input id="new-one_nl" name="one_nl" type="text" maxlength="40" value="{{ONE_NL}}"></p>
<p><label for="new-many_nl">{{T_UOM_MANY_NL}}</label> <input id="new-many_nl" name="many_nl" type="text" maxlength="40" value="{{MANY_NL}}"></p>
<p><label for="new-one_en">{{T_UOM_ONE_EN}}</label> <input id="new-one_en" name="one_en" type="text" maxlength="40" value="{{ONE_EN}}"></p>
<p><label for="new-many_en">{{T_UOM_MANY_EN}}</label> <input id="new-many_en" name="many_en" type="text" maxlength="40" value="{{MANY_EN}}"></p>
<p class="hint" id="new-words-hint">{{T_UOM_WORDS_HINT}}</p>
<p><button type="submit">{{T_UOM_CREATE}}</button></p>
</form>{{/NEW}}
</section>
<section aria-labelledby="h-rename">
<h2 id="h-rename">{{T_UOM_RENAME}}</h2>
<p class="hint">{{T_UOM_WORDS_HINT}}</p>
{{#UOM}}<form method="post" action="/admin/units-of-measure/rename" class="stacked" aria-labelledby="h-rename-{{N}}" id="rename-{{N}}">
<h3 id="h-rename-{{N}}">{{CODE}}</h3>
{{#ROW_ERROR}}<p class="form-error" role="alert">{{MESSAGE}}</p>
{{/ROW_ERROR}}<input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="code" value="{{CODE}}">
<p><label for="r{{N}}-name_nl">{{T_UOM_NAME_NL}}</label> <input id="r{{N}}-name_nl" name="name_nl" type="text" required maxlength="40" value="{{NAME_NL}}"></p>
<p><label for="r{{N}}-name_en">{{T_UOM_NAME_EN}}</label> <input id="r{{N}}-name_en" name="name_en" type="text" required maxlength="40" value="{{NAME_EN}}"></p>
<p><label for="r{{N}}-symbol">{{T_UOM_SYMBOL}}</label> <input id="r{{N}}-symbol" name="symbol" type="text" maxlength="40" value="{{SYMBOL}}"></p>
<p><label for="r{{N}}-one_nl">{{T_UOM_ONE_NL}}</label> <input id="r{{N}}-one_nl" name="one_nl" type="text" maxlength="40" value="{{ONE_NL}}"></p>
<p><label for="r{{N}}-many_nl">{{T_UOM_MANY_NL}}</label> <input id="r{{N}}-many_nl" name="many_nl" type="text" maxlength="40" value="{{MANY_NL}}"></p>
<p><label for="r{{N}}-one_en">{{T_UOM_ONE_EN}}</label> <input id="r{{N}}-one_en" name="one_en" type="text" maxlength="40" value="{{ONE_EN}}"></p>
<p><label for="r{{N}}-many_en">{{T_UOM_MANY_EN}}</label> <input id="r{{N}}-many_en" name="many_en" type="text" maxlength="40" value="{{MANY_EN}}"></p>
<p><button type="submit">{{T_UOM_SAVE}}<span class="visually-hidden"> {{CODE}}</span></button></p>
</form>
{{/UOM}}</section>
