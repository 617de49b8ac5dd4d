// tmpl.cc: the only C++ in Koers: a thin extern "C" shim over ctemplate.
// No exception crosses into C: every entry point catches and reports.
#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include <dirent.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#include "tmpl.h"

using ctemplate::TemplateDictionary;

static bool tmpl_dev;

static TemplateDictionary *
dict(struct tmpl *t)
{
	return reinterpret_cast<TemplateDictionary *>(t);
}

static struct tmpl *
wrap(TemplateDictionary *d)
{
	return reinterpret_cast<struct tmpl *>(d);
}

// Load every *.tpl in dir.  Returns 1 if all parse, 0 (with a message on
// standard error naming the file) otherwise.
extern "C" int
tmpl_init(const char *dir, int dev)
{
	DIR		*dp;
	struct dirent	*de;
	int		 ok = 1, n = 0;
	size_t		 len;

	tmpl_dev = dev != 0;
	try {
		ctemplate::mutable_default_template_cache()->
		    SetTemplateRootDirectory(dir);
		if ((dp = opendir(dir)) == NULL) {
			std::fprintf(stderr, "templates: cannot open %s\n", dir);
			return 0;
		}
		while ((de = readdir(dp)) != NULL) {
			len = std::strlen(de->d_name);
			if (len < 5 || std::strcmp(de->d_name + len - 4, ".tpl") != 0)
				continue;
			n++;
			if (!ctemplate::LoadTemplate(de->d_name,
			    ctemplate::STRIP_BLANK_LINES)) {
				std::fprintf(stderr, "templates: %s/%s does not "
				    "parse; fix it and start again\n", dir,
				    de->d_name);
				ok = 0;
			}
		}
		closedir(dp);
	} catch (...) {
		return 0;
	}
	if (n == 0) {
		std::fprintf(stderr, "templates: no *.tpl in %s\n", dir);
		return 0;
	}
	return ok;
}

extern "C" struct tmpl *
tmpl_new(void)
{
	try {
		return wrap(new TemplateDictionary("page"));
	} catch (...) {
		return NULL;
	}
}

extern "C" void
tmpl_free(struct tmpl *t)
{
	delete dict(t);
}

extern "C" void
tmpl_set(struct tmpl *t, const char *name, const char *val)
{
	try {
		dict(t)->SetValue(name, val != NULL ? val : "");
	} catch (...) {
	}
}

extern "C" void
tmpl_setn(struct tmpl *t, const char *name, const char *val, size_t len)
{
	try {
		dict(t)->SetValue(name, ctemplate::TemplateString(val, len));
	} catch (...) {
	}
}

extern "C" void
tmpl_set_int(struct tmpl *t, const char *name, long long val)
{
	try {
		dict(t)->SetFormattedValue(name, "%lld", val);
	} catch (...) {
	}
}

// A value seen by this dictionary, its sections and its includes, not
// copied: name and val must be static (the catalogue's texts are).
extern "C" void
tmpl_set_global_static(struct tmpl *t, const char *name, const char *val)
{
	try {
		dict(t)->SetTemplateGlobalValueWithoutCopy(name, val);
	} catch (...) {
	}
}

extern "C" struct tmpl *
tmpl_section(struct tmpl *t, const char *name)
{
	try {
		return wrap(dict(t)->AddSectionDictionary(name));
	} catch (...) {
		return NULL;
	}
}

extern "C" void
tmpl_show(struct tmpl *t, const char *name)
{
	try {
		dict(t)->ShowSection(name);
	} catch (...) {
	}
}

extern "C" struct tmpl *
tmpl_include(struct tmpl *t, const char *name, const char *file)
{
	try {
		TemplateDictionary *d = dict(t)->AddIncludeDictionary(name);
		d->SetFilename(file);
		return wrap(d);
	} catch (...) {
		return NULL;
	}
}

// Expand file with t into a malloc'd, NUL-terminated string.  NULL on error.
extern "C" char *
tmpl_render(const char *file, struct tmpl *t, size_t *len)
{
	try {
		std::string	 out;
		char		*buf;

		if (tmpl_dev)
			ctemplate::mutable_default_template_cache()->
			    ReloadAllIfChanged(ctemplate::TemplateCache::
			    IMMEDIATE_RELOAD);
		out.reserve(16384);
		if (!ctemplate::ExpandTemplate(file,
		    ctemplate::STRIP_BLANK_LINES, dict(t), &out))
			return NULL;
		if ((buf = static_cast<char *>(std::malloc(out.size() + 1))) == NULL)
			return NULL;
		std::memcpy(buf, out.data(), out.size());
		buf[out.size()] = '\0';
		if (len != NULL)
			*len = out.size();
		return buf;
	} catch (...) {
		return NULL;
	}
}
